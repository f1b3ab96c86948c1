package dev.siamese.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed, validated {@code sweep.json}: one experiment run under several seeds and grid variants. Instances
 * only come from {@link SweepSpecReader}; the points' specs are resolved and checked by the planner
 * ({@code dev.siamese.sweep.SweepPlanner}).
 *
 * @param source       the sweep file
 * @param experiment   the experiment it varies (default {@code experiment.json} beside it)
 * @param seeds        the seeds of every variant, in order, distinct
 * @param grid         the axes of the grid, in file order; every combination of their values is a variant
 * @param expectations limits on the aggregates over seeds
 */
public record SweepSpec(Path source, Path experiment, List<Long> seeds, List<GridAxis> grid,
                        List<AggregateExpectation> expectations) {
    public static final int SCHEMA_VERSION = 1;
    /** The default name of a sweep file, beside {@code experiment.json}. */
    public static final String FILE_NAME = "sweep.json";

    public SweepSpec {
        seeds = List.copyOf(seeds);
        grid = List.copyOf(grid);
        expectations = List.copyOf(expectations);
    }

    /**
     * Every combination of the grid's values, the first axis varying slowest; named by the values' labels
     * joined with {@code _} ({@code dense-3_0.001}), or {@code default} without a grid.
     */
    public List<Variant> variants() {
        List<List<GridAxis.Value>> combos = new ArrayList<>();
        combos.add(List.of());
        for (GridAxis axis : grid) {
            List<List<GridAxis.Value>> next = new ArrayList<>();
            for (List<GridAxis.Value> c : combos) {
                for (GridAxis.Value v : axis.values()) {
                    List<GridAxis.Value> longer = new ArrayList<>(c);
                    longer.add(v);
                    next.add(longer);
                }
            }
            combos = next;
        }
        return combos.stream().map(c -> new Variant(c.isEmpty() ? DEFAULT_VARIANT
                : String.join("_", c.stream().map(GridAxis.Value::label).toList()), c)).toList();
    }

    /** The name of the one variant of a sweep without a grid. */
    public static final String DEFAULT_VARIANT = "default";

    /**
     * One combination of grid values.
     *
     * @param name    labels joined with {@code _}
     * @param choices one value per grid axis, in axis order
     */
    public record Variant(String name, List<GridAxis.Value> choices) {
        public Variant {
            choices = List.copyOf(choices);
        }
    }
}
