package dev.siamese.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Frees arrays' native memory at once. Without it a batch's memory waits for the garbage collector, which sees
 * only the small Java objects: training that makes no heap garbage then holds hundreds of MB of dead batches.
 */
final class NativeArrays {
    private NativeArrays() {
    }

    /** Closes each array that can be closed (not a view, not in a workspace); the others are left to the GC. */
    static void free(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a != null && a.closeable()) {
                a.close();
            }
        }
    }
}
