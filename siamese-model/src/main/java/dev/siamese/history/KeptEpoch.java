package dev.siamese.history;

/**
 * The epoch whose network training kept, by {@code training.keepBest}.
 *
 * @param metric the validation metric epochs were compared by
 * @param epoch  the 1-based epoch kept: the first with the best value, or the last when no evaluated epoch had
 *               a defined value
 * @param value  that epoch's value of the metric (NaN when none was defined)
 */
public record KeptEpoch(String metric, int epoch, double value) {
}
