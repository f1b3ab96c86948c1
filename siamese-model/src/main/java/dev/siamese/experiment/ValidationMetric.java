package dev.siamese.experiment;

import dev.siamese.eval.MetricsCalculator;
import dev.siamese.eval.ScoredPairs;
import dev.siamese.pairs.ImagePair;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.train.EpochMetric;

import java.util.List;

/**
 * The validation metric {@code training.keepBest} names, computed as evaluation computes it for
 * {@code results.json} (same threshold and margin), so the kept epoch is the best by the figure the
 * results then report for it.
 */
record ValidationMetric(String name, double threshold, double margin) implements EpochMetric {

    /** The metric of {@code spec}'s {@code training.keepBest}, or null when it has none. */
    static ValidationMetric of(ExperimentSpec spec) {
        String metric = spec.training().keepBest();
        return metric == null ? null : new ValidationMetric(metric, spec.evaluation().threshold(),
                spec.model().margin());
    }

    @Override
    public double value(double[] distances, List<ImagePair> pairs) {
        Double value = MetricsCalculator.compute(ScoredPairs.of(distances, pairs), threshold, margin).get(name.substring(name.indexOf('.') + 1));
        return value == null ? Double.NaN : value;
    }
}
