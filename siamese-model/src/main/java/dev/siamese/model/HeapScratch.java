package dev.siamese.model;

/**
 * The heap arrays that the Java kernels (batch normalisation, the first convolution's weight gradient) copy
 * tensors into, one set per thread, reused from layer to layer and step to step: a training step would
 * otherwise make tens of MB of garbage. A kernel uses the slots only while it runs.
 */
final class HeapScratch {
    static final int SLOTS = 4;

    private static final ThreadLocal<HeapScratch> PER_THREAD = ThreadLocal.withInitial(HeapScratch::new);

    private final float[][] slots = new float[SLOTS][0];

    private HeapScratch() {
    }

    static HeapScratch current() {
        return PER_THREAD.get();
    }

    /** Slot {@code i} (0 to {@link #SLOTS} − 1) with room for at least {@code length} floats; contents undefined. */
    float[] slot(int i, int length) {
        if (slots[i].length < length) {
            slots[i] = new float[length];
        }
        return slots[i];
    }
}
