package dev.siamese.train;

/**
 * Loss and accuracy over a set of pairs.
 *
 * @param loss     mean contrastive loss
 * @param accuracy mean of {@code label == (distance < threshold)}
 */
public record PairScore(double loss, double accuracy) {
    /** For an empty set of pairs. */
    public static final PairScore NONE = new PairScore(Double.NaN, Double.NaN);
}
