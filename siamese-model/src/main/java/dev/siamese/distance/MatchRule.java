package dev.siamese.distance;

/**
 * The one decision rule of the project: a pair is judged a match when its distance is below the threshold
 * ({@code d < threshold}, whatever the {@link EmbeddingDistance}), and judged right when that agrees with its label
 * (1 = same finger). Training's accuracy, the metrics, the operating threshold, the report's sample pairs and the
 * matcher's decisions all ask here.
 */
public final class MatchRule {
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
