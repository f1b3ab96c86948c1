package dev.siamese.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One mini-batch of images labelled by training finger, for a network trained by finger.
 *
 * @param images {@code [B, H·W]} or {@code [B, 1, H, W]}
 * @param labels one-hot {@code [B, C]} over the C training fingers
 */
public record IdentityBatch(INDArray images, INDArray labels) implements AutoCloseable {
    public int size() {
        return (int) images.size(0);
    }

    /** Frees the arrays' native memory now rather than at garbage collection; the batch is unusable after. */
    @Override
    public void close() {
        NativeArrays.free(images, labels);
    }

    DataSet toDataSet() {
        return new DataSet(images, labels);
    }
}
