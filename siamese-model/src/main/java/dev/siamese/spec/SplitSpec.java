package dev.siamese.spec;

/**
 * How images are divided into training and validation.
 *
 * @param validationFraction share held out for validation (seed: 0.2, i.e. {@code len // 5})
 * @param strategy           by image (as the seed) or by identity (validation fingers never trained on)
 * @param shuffle            shuffle before cutting; false reproduces the seed's code, which never shuffled
 * @param folds              for k-fold validation by identity: the shuffled fingers cut into this many folds of
 *                           (nearly) equal size, {@code fold} the one held out; 0 for a plain cut by
 *                           {@code validationFraction}
 * @param fold               the held-out fold, 0 to {@code folds − 1}
 */
public record SplitSpec(double validationFraction, SplitStrategy strategy, boolean shuffle, int folds, int fold) {
    /** A plain cut by {@code validationFraction}. */
    public SplitSpec(double validationFraction, SplitStrategy strategy, boolean shuffle) {
        this(validationFraction, strategy, shuffle, 0, 0);
    }

    /** Whether validation is one of {@code folds} folds of the fingers. */
    public boolean byFolds() {
        return folds > 0;
    }
}
