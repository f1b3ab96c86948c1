package dev.siamese.sweep;

import dev.siamese.results.MetricSource;
import dev.siamese.spec.MetricNames;
import dev.siamese.spec.SweepSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates the points' results over seeds, per grid point and metric ({@link MetricNames#ALL}). */
public final class SweepAggregator {
    private SweepAggregator() {
    }

    /** @param results per point name, its results; a point without is a failed run */
    public static SweepSummary aggregate(SweepPlan plan, Map<String, ? extends MetricSource> results) {
        List<PointSummary> points = new ArrayList<>();
        for (SweepSpec.Variant variant : plan.spec().variants()) {
            List<SweepPoint> runs = plan.points().stream().filter(p -> p.variant().equals(variant.name())).toList();
            Map<String, String> grid = new LinkedHashMap<>();
            for (int a = 0; a < plan.spec().grid().size(); a++) {
                grid.put(plan.spec().grid().get(a).path(), variant.choices().get(a).label());
            }
            List<Long> seeds = runs.stream().map(SweepPoint::seed).toList();
            List<Long> failed = runs.stream().filter(p -> !results.containsKey(p.name())).map(SweepPoint::seed).toList();
            Map<String, Aggregate> metrics = new LinkedHashMap<>();
            for (String metric : MetricNames.ALL) {
                List<Double> values = new ArrayList<>();
                for (SweepPoint p : runs) {
                    MetricSource r = results.get(p.name());
                    values.add(r == null ? null : r.metric(metric).orElse(null));
                }
                metrics.put(metric, Aggregate.of(values));
            }
            points.add(new PointSummary(variant.name(), grid, seeds, failed, metrics));
        }
        return new SweepSummary(SweepSummary.SCHEMA_VERSION, plan.experiment(), Aggregate.INTERVAL_METHOD, points);
    }
}
