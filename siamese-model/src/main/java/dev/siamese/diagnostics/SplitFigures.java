package dev.siamese.diagnostics;

/**
 * A split's threshold-free figures, what the generalisation verdict judges: null where the split lacks genuine or
 * impostor pairs.
 *
 * @param rocAuc area under the ROC curve
 * @param eer    equal error rate
 */
public record SplitFigures(Double rocAuc, Double eer) {
}
