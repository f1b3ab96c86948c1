package dev.siamese.spec;

/**
 * The one decision rule of the project: a pair is judged a match when its distance is below the threshold,
 * and judged right when that agrees with its label (1 = same finger). Training's accuracy, the metrics and
 * the report's sample pairs all ask here.
 */
public final class MatchRule {
    /** {@code evaluation.threshold} when the spec gives none: the seed's 0.5. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private MatchRule() {
    }

    /** Whether a pair at {@code distance} is judged the same finger. */
    public static boolean matches(double distance, double threshold) {
        return distance < threshold;
    }

    /** Whether the judgement at {@code threshold} agrees with {@code label} (1 genuine, 0 impostor). */
    public static boolean judgedRight(double distance, int label, double threshold) {
        return matches(distance, threshold) == (label == 1);
    }
}
