package dev.siamese.model;

/**
 * The heap arrays batch normalisation copies its tensors into, one set per thread, reused from layer to layer
 * and step to step (a training step would otherwise make tens of MB of garbage).
 */
final class BatchNormScratch {
    private static final ThreadLocal<BatchNormScratch> PER_THREAD = ThreadLocal.withInitial(BatchNormScratch::new);

    private final float[][] slots = new float[3][0];

    private BatchNormScratch() {
    }

    static BatchNormScratch current() {
        return PER_THREAD.get();
    }

    /** Slot {@code i} (0–2) with room for at least {@code length} floats; its contents are undefined. */
    float[] slot(int i, int length) {
        if (slots[i].length < length) {
            slots[i] = new float[length];
        }
        return slots[i];
    }
}
