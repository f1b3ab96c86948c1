package dev.siamese.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One mini-batch of B pairs, ready for the network. The left images and then the right ones lie in one array, so
 * that the graph's first vertex, which stacks the two sides into one batch for the shared branch, can take them as
 * they are instead of copying them (the engine's {@code GraphParts.stack()}).
 *
 * @param images the B left images then the B right ones, {@code [2B, H·W]} or {@code [2B, 1, H, W]}
 * @param labels {@code [B, 1]}, 1 for genuine pairs
 */
public record PairBatch(INDArray images, INDArray labels) implements AutoCloseable {
    public PairBatch {
        if (images.size(0) != 2 * labels.size(0)) {
            throw new IllegalArgumentException("a batch of " + labels.size(0) + " pairs needs " + 2 * labels.size(0)
                    + " images, got " + images.size(0));
        }
    }

    /** The batch of separately built sides: copies them into one array (the caller keeps its two). */
    public static PairBatch of(INDArray left, INDArray right, INDArray labels) {
        return new PairBatch(Nd4j.concat(0, left, right), labels);
    }

    /** Number of pairs. */
    public int size() {
        return (int) labels.size(0);
    }

    /** The left images, a view of the first half of {@link #images}. */
    public INDArray left() {
        return half(0);
    }

    /** The right images, a view of the second half of {@link #images}. */
    public INDArray right() {
        return half(1);
    }

    private INDArray half(int which) {
        return ImageTensors.rows(images, (long) which * size(), (long) (which + 1) * size());
    }

    /** Frees the arrays' native memory now rather than at garbage collection; the batch is unusable after. */
    @Override
    public void close() {
        NativeArrays.free(images, labels);
    }

    MultiDataSet toMultiDataSet() {
        return new org.nd4j.linalg.dataset.MultiDataSet(new INDArray[]{left(), right()}, new INDArray[]{labels});
    }
}
