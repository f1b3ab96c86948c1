package dev.siamese.results;

import java.util.Locale;

/**
 * One limit a result missed.
 *
 * @param metric   the metric name
 * @param actual   the measured value, or null when it is undefined for these results
 * @param limit    what it had to be: {@code ">= 0.99"}, {@code "<= 0.6"}, {@code ">= 0.95 (baseline 0.97 - 0.02)"}
 * @param shortBy  by how much it missed (positive), or NaN when undefined
 * @param note     the expectation's note
 */
public record Violation(String metric, Double actual, String limit, double shortBy, String note) {

    /** One log line: metric, actual, expected limit, by how much. */
    public String describe() {
        String value = actual == null ? "undefined" : fmt(actual);
        String by = Double.isNaN(shortBy) ? "" : ", missed by " + fmt(shortBy);
        return metric + " is " + value + ", expected " + limit + by + (note.isEmpty() ? "" : " (" + note + ")");
    }

    public static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
