package dev.siamese.diagnostics;

/**
 * The branch outputs of the training images after one epoch, in inference mode.
 *
 * @param images           training images (those named in training pairs)
 * @param dimensions       embedding size
 * @param meanNorm         mean L2 norm of an embedding
 * @param meanDimensionStd mean over dimensions of the (population) standard deviation across images
 * @param distinct         distinct embeddings: images whose embeddings lie within the rules' tolerance count once
 */
public record EmbeddingFigures(int images, int dimensions, double meanNorm, double meanDimensionStd, int distinct) {
}
