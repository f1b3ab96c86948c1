package dev.siamese.pairs;

/**
 * A pair by file name, as written to {@code pairs.json}.
 *
 * @param label 1 genuine (same finger), 0 impostor
 */
public record ImagePair(String left, String right, int label) {
}
