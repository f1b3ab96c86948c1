package dev.siamese.match;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Int8Kernel} on the Vector API. The block is stored in strips of {@value #STRIP} rows, each strip
 * dimension by dimension ({@link #at}), so that a strip's sums stay in registers while it is read once, in
 * order. 8 rows a vector, two dimensions at a time multiplied in 16-bit lanes
 * (|q · v| ≤ 127², so the sum of two products fits a short) and then widened into 32-bit sums kept in
 * registers for the whole strip. Java 17's auto-vectorised loop instead widens every byte to 32 bits before
 * multiplying and reads and writes the sums at every dimension.
 */
final class VectorInt8Kernel implements Int8Kernel {
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_64;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_128;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;
    private static final int LANES = 8;
    /** Rows per strip: two vectors. */
    static final int STRIP = 2 * LANES;

    VectorInt8Kernel() {
        if (BYTES.length() != LANES || SHORTS.length() != LANES || INTS.length() != LANES) {
            throw new IllegalStateException("unexpected vector shapes");
        }
    }

    @Override
    public int at(int r, int j, int dimensions) {
        return (r / STRIP) * STRIP * dimensions + j * STRIP + r % STRIP;
    }

    @Override
    public void dots(byte[] block, byte[] probe, int[] dots) {
        int e = probe.length;
        for (int s = 0; s < ExactSearch.BLOCK; s += STRIP) {
            int base = s * e;
            IntVector low = IntVector.zero(INTS);
            IntVector high = IntVector.zero(INTS);
            int j = 0;
            for (; j + 1 < e; j += 2) {
                short q0 = probe[j];
                short q1 = probe[j + 1];
                int at = base + j * STRIP;
                ShortVector a = widen(block, at).mul(q0).add(widen(block, at + STRIP).mul(q1));
                ShortVector b = widen(block, at + LANES).mul(q0).add(widen(block, at + STRIP + LANES).mul(q1));
                low = low.add(a.convertShape(VectorOperators.S2I, INTS, 0));
                high = high.add(b.convertShape(VectorOperators.S2I, INTS, 0));
            }
            if (j < e) {
                short q = probe[j];
                int at = base + j * STRIP;
                low = low.add(widen(block, at).mul(q).convertShape(VectorOperators.S2I, INTS, 0));
                high = high.add(widen(block, at + LANES).mul(q).convertShape(VectorOperators.S2I, INTS, 0));
            }
            low.intoArray(dots, s);
            high.intoArray(dots, s + LANES);
        }
    }

    private static ShortVector widen(byte[] block, int at) {
        return (ShortVector) ByteVector.fromArray(BYTES, block, at).convertShape(VectorOperators.B2S, SHORTS, 0);
    }

    @Override
    public String describe() {
        return "Vector API, " + INTS.vectorBitSize() + "-bit";
    }
}
