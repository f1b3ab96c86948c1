package dev.siamese.data;

/** Counts of one split: images, fingers and pairs by label. */
public record SplitSummary(int images, int identities, int pairs, int genuine, int impostor) {
}
