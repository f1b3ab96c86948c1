package dev.siamese.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How results are judged.
 *
 * @param threshold      a pair matches when its distance is below this (seed: 0.5); what accuracy is computed at
 * @param operatingPoint where the threshold a trained matcher uses ({@code matcher.json}) is chosen on the
 *                       validation scores
 */
public record EvaluationSpec(double threshold, OperatingPoint operatingPoint) {
    /** {@code evaluation.threshold} when the spec gives none: the seed's 0.5. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public EvaluationSpec {
        operatingPoint = operatingPoint == null ? OperatingPoint.EER : operatingPoint;
    }

    /**
     * The {@code evaluation} section of a resolved spec as results.json records it, parsed as the spec was (the
     * defaults where it gives none): for readers of results, such as the report, that have no spec file.
     */
    public static EvaluationSpec ofResolved(JsonNode resolvedSpec) {
        return SpecParser.evaluationOf(resolvedSpec);
    }

    /** At the EER operating point. */
    public EvaluationSpec(double threshold) {
        this(threshold, OperatingPoint.EER);
    }
}
