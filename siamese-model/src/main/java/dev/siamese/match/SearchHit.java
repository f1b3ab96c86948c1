package dev.siamese.match;

/**
 * One candidate of a 1:N search.
 *
 * @param rank     1 for the nearest
 * @param index    the template's position in the gallery
 * @param identity its identity
 * @param source   its source image
 * @param distance the distance by the model's rule ({@link dev.siamese.distance.EmbeddingDistance#between})
 */
public record SearchHit(int rank, int index, String identity, String source, double distance) {
}
