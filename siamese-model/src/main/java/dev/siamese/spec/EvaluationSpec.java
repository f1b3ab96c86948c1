package dev.siamese.spec;

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

    /** At the EER operating point. */
    public EvaluationSpec(double threshold) {
        this(threshold, OperatingPoint.EER);
    }
}
