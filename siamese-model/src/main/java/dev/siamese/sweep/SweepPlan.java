package dev.siamese.sweep;

import dev.siamese.ExperimentException;
import dev.siamese.spec.SweepSpec;

import java.util.List;

/**
 * Every point of a sweep, variants in grid order and seeds in the sweep's order within each.
 *
 * @param spec       the sweep
 * @param experiment the name of the experiment swept
 * @param points     the runs
 */
public record SweepPlan(SweepSpec spec, String experiment, List<SweepPoint> points) {
    public SweepPlan {
        points = List.copyOf(points);
    }

    /** One line: how many grid points and seeds, how many runs. */
    public String describe() {
        int variants = spec.variants().size();
        return "Sweep of " + experiment + ": " + variants + " grid point" + (variants == 1 ? "" : "s") + " × "
                + spec.seeds().size() + " seeds = " + points.size() + " runs";
    }

    public SweepPoint point(String name) {
        return points.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new ExperimentException(spec.source() + ": the sweep has no point " + name));
    }
}
