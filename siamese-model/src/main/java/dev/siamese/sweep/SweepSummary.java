package dev.siamese.sweep;

import java.util.List;
import java.util.Optional;

/**
 * {@code sweep.json}: a sweep's aggregates over seeds, per grid point and metric. Deterministic: the same
 * sweep gives the same file, whichever runner ran its points.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param experiment    the experiment swept
 * @param interval      how {@code ciLow} / {@code ciHigh} are computed
 * @param points        one entry per grid point, in grid order
 */
public record SweepSummary(int schemaVersion, String experiment, String interval, List<PointSummary> points) {
    public static final int SCHEMA_VERSION = 1;

    public SweepSummary {
        points = List.copyOf(points);
    }

    public Optional<PointSummary> point(String name) {
        return points.stream().filter(p -> p.point().equals(name)).findFirst();
    }
}
