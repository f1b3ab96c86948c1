package dev.siamese.spec;

/**
 * How image pairs are drawn within each split.
 *
 * @param strategy           {@code seed} (the seed's create_pairs) or {@code balanced}
 * @param minEqualsFraction  for {@code seed}: the share of images that get a partner of the same finger (seed: 1/3)
 */
public record PairsSpec(PairStrategy strategy, double minEqualsFraction) {
    public static final double SEED_MIN_EQUALS_FRACTION = 1.0 / 3.0;
}
