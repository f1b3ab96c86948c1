package dev.siamese.results;

import dev.siamese.eval.PairMetrics;

/** Metrics of the trained network on the training and on the validation pairs. */
public record Metrics(PairMetrics train, PairMetrics validation) {
}
