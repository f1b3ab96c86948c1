package dev.siamese.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates of one grid point (variant) of a sweep.
 *
 * @param point   the variant's name
 * @param grid    the value label of each grid path
 * @param seeds   the seeds, in order
 * @param failed  the seeds whose run failed (not in the aggregates)
 * @param metrics per metric name ({@code validation.eer}), its aggregate over the seeds
 */
public record PointSummary(String point, Map<String, String> grid, List<Long> seeds, List<Long> failed,
                           Map<String, Aggregate> metrics) {
    public PointSummary {
        grid = Collections.unmodifiableMap(new LinkedHashMap<>(grid));
        seeds = List.copyOf(seeds);
        failed = List.copyOf(failed);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
