package dev.siamese.experiment;

import dev.siamese.results.Results;

/**
 * How one sweep point's run ended.
 *
 * @param point   the point's name
 * @param results its results, or null when it failed
 * @param failure why it failed (one line), or null
 */
public record PointOutcome(String point, Results results, String failure) {
    public static PointOutcome done(String point, Results results) {
        return new PointOutcome(point, results, null);
    }

    public static PointOutcome failed(String point, String failure) {
        return new PointOutcome(point, null, failure);
    }

    public boolean succeeded() {
        return results != null;
    }
}
