package dev.siamese.engine;

/**
 * The heap arrays that the Java kernels (batch normalisation, the first convolution's weight gradient) copy
 * tensors into, one set per thread, reused from layer to layer and step to step: a training step would
 * otherwise make tens of MB of garbage. A kernel uses the slots only while it runs.
 */
final class KernelBuffers {
    static final int SLOTS = 4;

    private static final ThreadLocal<KernelBuffers> PER_THREAD = ThreadLocal.withInitial(KernelBuffers::new);

    private final float[][] slots = new float[SLOTS][0];
    private float[][] rows = new float[0][0];

    private KernelBuffers() {
    }

    static KernelBuffers current() {
        return PER_THREAD.get();
    }

    /** Slot {@code i} (0 to {@link #SLOTS} − 1) with room for at least {@code length} floats; contents undefined. */
    float[] slot(int i, int length) {
        if (slots[i].length < length) {
            slots[i] = new float[length];
        }
        return slots[i];
    }

    /**
     * At least {@code count} rows of at least {@code length} floats each, arrays of their own; contents undefined.
     * A loop over rows of their own, all read and written at the same index, is one the JIT vectorises: it
     * cannot rule out that one flat array read at different offsets overlaps itself.
     */
    float[][] rows(int count, int length) {
        int rowLength = rows.length == 0 ? 0 : rows[0].length;
        if (rows.length < count || rowLength < length) {
            rows = new float[Math.max(count, rows.length)][Math.max(length, rowLength)];
        }
        return rows;
    }
}
