package dev.siamese.spec;

/**
 * How results are judged.
 *
 * @param threshold a pair matches when its distance is below this (seed: 0.5)
 */
public record EvaluationSpec(double threshold) {
}
