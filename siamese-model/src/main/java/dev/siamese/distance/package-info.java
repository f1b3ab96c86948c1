/**
 * How two embeddings are compared and what is decided from a distance: the distance kinds with their floor
 * ({@link dev.siamese.distance.EmbeddingDistance}), the one match rule {@code d < threshold}
 * ({@link dev.siamese.distance.MatchRule}) and the contrastive loss of a pair at a distance
 * ({@link dev.siamese.distance.PairLoss}). Plain arithmetic: training, evaluation, matching and reports all ask here.
 *
 * <p>May import: {@code dev.siamese}.
 */
package dev.siamese.distance;
