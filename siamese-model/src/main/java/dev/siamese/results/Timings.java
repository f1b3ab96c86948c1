package dev.siamese.results;

/**
 * How long things took; the only part of results, with {@link Environment}, that differs between two
 * runs of the same spec.
 *
 * @param trainingSeconds     wall time of all training epochs (steps only), or null when unknown
 * @param meanEpochSeconds    their mean per epoch, or null
 * @param trainingPairsPerSecond training pairs per second over all epochs, or null
 * @param evaluationSeconds   wall time of this evaluation
 */
public record Timings(Double trainingSeconds, Double meanEpochSeconds, Double trainingPairsPerSecond,
                      double evaluationSeconds) {
}
