package dev.siamese.pairs;

/**
 * Two images of one split, by index into that split's image list.
 *
 * @param label 1 when both show the same finger (genuine), 0 otherwise (impostor)
 */
public record Pair(int left, int right, int label) {
}
