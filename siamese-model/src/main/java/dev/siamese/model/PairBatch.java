package dev.siamese.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * One mini-batch of B pairs, ready for the network.
 *
 * @param left   left images, {@code [B, H·W]} or {@code [B, 1, H, W]}
 * @param right  right images, same shape
 * @param labels {@code [B, 1]}, 1 for genuine pairs
 */
public record PairBatch(INDArray left, INDArray right, INDArray labels) implements AutoCloseable {
    /** Number of pairs. */
    public int size() {
        return (int) left.size(0);
    }

    /** Frees the arrays' native memory now rather than at garbage collection; the batch is unusable after. */
    @Override
    public void close() {
        NativeArrays.free(left, right, labels);
    }

    MultiDataSet toMultiDataSet() {
        return new org.nd4j.linalg.dataset.MultiDataSet(new INDArray[]{left, right}, new INDArray[]{labels});
    }
}
