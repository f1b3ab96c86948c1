package dev.siamese.spec;

import java.nio.file.Path;

/**
 * A limit a result must meet, in the manner of jacoco's check rules: a fixed {@code min} and/or
 * {@code max}, and/or no worse than a {@code baseline} results file by more than a tolerance. A
 * {@code max} on a metric where higher is better documents a known failure ({@link #documentsFailure()}).
 *
 * @param metric    a name from {@link MetricNames}
 * @param min       lowest allowed value, or null
 * @param max       highest allowed value, or null
 * @param baseline  results.json to compare with (resolved against the spec file), or null
 * @param tolerance how much worse than the baseline is still accepted (absolute, or a fraction when relative)
 * @param relative  whether {@code tolerance} is a fraction of the baseline's value
 * @param direction which way is better, for the baseline comparison
 * @param note      why this limit is there, shown when it is violated; may be empty
 */
public record Expectation(String metric, Double min, Double max, Path baseline, double tolerance, boolean relative,
                          Direction direction, String note) {

    /** A plain min/max limit. */
    public static Expectation limits(String metric, Double min, Double max) {
        return new Expectation(metric, min, max, null, 0, false, MetricNames.direction(metric).orElse(Direction.HIGHER), "");
    }

    /**
     * Whether this expectation documents a known failure rather than asks for a success: a ceiling ({@code max}
     * alone) on a metric where higher is better, or a floor ({@code min} alone) on one where lower is better. Met,
     * it says the failure is still there, not that the model works.
     */
    public boolean documentsFailure() {
        if (baseline != null) {
            return false;
        }
        return MetricNames.direction(metric).map(d -> d == Direction.HIGHER ? max != null && min == null
                : min != null && max == null).orElse(false);
    }

    /** Which way a metric improves. */
    public enum Direction {
        HIGHER, LOWER;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
