package dev.siamese.spec;

/**
 * A limit a result must meet, in the manner of jacoco's check rules: {@code min}, {@code max} or both.
 * A {@code max} on a metric where higher is better documents a known failure.
 *
 * @param metric a name from {@link MetricNames}
 * @param min    lowest allowed value, or null
 * @param max    highest allowed value, or null
 */
public record Expectation(String metric, Double min, Double max) {
}
