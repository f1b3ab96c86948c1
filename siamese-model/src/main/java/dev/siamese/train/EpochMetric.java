package dev.siamese.train;

import dev.siamese.pairs.ImagePair;

import java.util.List;

/**
 * The value of the validation metric {@code training.keepBest} names, for a network's distances of the
 * validation pairs after an epoch. Computing it is evaluation's business, so training is given it.
 */
@FunctionalInterface
public interface EpochMetric {
    /** {@code distances[i]} belongs to {@code pairs.get(i)}; NaN when the metric is undefined for them. */
    double value(double[] distances, List<ImagePair> pairs);
}
