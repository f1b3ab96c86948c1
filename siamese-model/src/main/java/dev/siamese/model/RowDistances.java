package dev.siamese.model;

import dev.siamese.distance.EmbeddingDistance;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** {@link EmbeddingDistance}'s rules on whole batches of embeddings, in the network's precision. */
final class RowDistances {
    private RowDistances() {
    }

    /** The distance of each row pair of {@code a} and {@code b} ({@code [N, E]} each), as {@code [N, 1]}. */
    static INDArray of(EmbeddingDistance kind, INDArray a, INDArray b) {
        if (kind == EmbeddingDistance.EUCLIDEAN) {
            INDArray squared = a.sub(b).muli(a.sub(b)).sum(true, 1);
            return Transforms.sqrt(Transforms.max(squared, EmbeddingDistance.EPSILON, false), false);
        }
        INDArray dot = a.mul(b).sum(true, 1);
        INDArray norms = a.norm2(true, 1).muli(b.norm2(true, 1));
        return dot.divi(Transforms.max(norms, EmbeddingDistance.NORM_FLOOR, false)).rsubi(1.0);
    }
}
