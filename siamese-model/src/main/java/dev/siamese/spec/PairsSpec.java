package dev.siamese.spec;

/**
 * How image pairs are drawn within each split.
 *
 * @param strategy           for the training split: {@code seed} (the seed's create_pairs), {@code balanced} or {@code fvc}
 * @param minEqualsFraction  for {@code seed}: the share of images that get a partner of the same finger (seed: 1/3)
 * @param validationStrategy for the validation split; by default the same as {@code strategy}
 */
public record PairsSpec(PairStrategy strategy, double minEqualsFraction, PairStrategy validationStrategy) {
    public static final double SEED_MIN_EQUALS_FRACTION = 1.0 / 3.0;

    /** The same strategy for both splits. */
    public PairsSpec(PairStrategy strategy, double minEqualsFraction) {
        this(strategy, minEqualsFraction, strategy);
    }

    public PairStrategy strategyFor(boolean validation) {
        return validation ? validationStrategy : strategy;
    }
}
