package dev.siamese.match;

import static dev.siamese.match.ExactSearch.BLOCK;

/**
 * {@link Int8Kernel} in plain Java: the block stored dimension by dimension, so that the inner loop,
 * {@code dots[r] += q · block[j · BLOCK + r]}, runs over consecutive rows with no reduction and the JIT
 * vectorises it (widening each byte to 32 bits before multiplying: Java 17 has no narrower form).
 */
final class ScalarInt8Kernel implements Int8Kernel {
    @Override
    public int at(int r, int j, int dimensions) {
        return j * BLOCK + r;
    }

    @Override
    public void dots(byte[] block, byte[] probe, int[] dots) {
        java.util.Arrays.fill(dots, 0);
        for (int j = 0; j < probe.length; j++) {
            int q = probe[j];
            int at = j * BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                dots[r] += q * block[at + r];
            }
        }
    }

    @Override
    public String describe() {
        return "scalar";
    }
}
