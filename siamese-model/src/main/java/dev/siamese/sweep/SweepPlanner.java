package dev.siamese.sweep;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.siamese.ExperimentException;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.spec.GridAxis;
import dev.siamese.spec.SpecException;
import dev.siamese.spec.SweepSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sweep into its points: for each variant and seed, the experiment with the variant's values put at
 * their spec paths (as a JSON Merge Patch), the seed and a name of its own, parsed by the normal spec reader, so
 * every point is checked as any experiment is. A value the experiment cannot take fails naming the sweep file
 * and the grid entry.
 */
public final class SweepPlanner {
    private final ExperimentSpecReader reader = new ExperimentSpecReader();

    public SweepPlan plan(SweepSpec sweep) {
        ExperimentSpec base = reader.read(sweep.experiment());
        List<SweepPoint> points = new ArrayList<>();
        for (SweepSpec.Variant variant : sweep.variants()) {
            for (long seed : sweep.seeds()) {
                String name = variant.name() + "-seed-" + seed;
                ObjectNode patch = JsonNodeFactory.instance.objectNode();
                for (int a = 0; a < sweep.grid().size(); a++) {
                    set(patch, sweep.grid().get(a).path(), variant.choices().get(a));
                }
                patch.put("seed", seed);
                patch.put("name", base.name() + "-" + name);
                points.add(new SweepPoint(variant.name(), seed, name, resolve(sweep, variant, name, patch)));
            }
        }
        return new SweepPlan(sweep, base.name(), points);
    }

    private static void set(ObjectNode patch, String path, GridAxis.Value value) {
        String[] fields = path.split("\\.");
        ObjectNode at = patch;
        for (int i = 0; i < fields.length - 1; i++) {
            at = at.has(fields[i]) ? (ObjectNode) at.get(fields[i]) : at.putObject(fields[i]);
        }
        at.set(fields[fields.length - 1], value.json().deepCopy());
    }

    private ExperimentSpec resolve(SweepSpec sweep, SweepSpec.Variant variant, String name, ObjectNode patch) {
        try {
            return reader.read(sweep.experiment(), patch, sweep.source());
        } catch (SpecException e) {
            for (int a = 0; a < sweep.grid().size(); a++) {
                GridAxis axis = sweep.grid().get(a);
                String specPath = "$." + axis.path();
                boolean onAxis = e.jsonPath().equals(specPath) || e.jsonPath().startsWith(specPath + ".")
                        || e.jsonPath().startsWith(specPath + "[") || specPath.startsWith(e.jsonPath() + ".");
                if (e.file().equals(sweep.source()) && onAxis) {
                    GridAxis.Value v = variant.choices().get(a);
                    String where = e.jsonPath().equals(specPath) ? "" : " at " + e.jsonPath();
                    throw new SpecException(sweep.source(), axis.jsonPath() + "[" + v.index() + "]",
                            "value \"" + v.label() + "\"" + where + ": " + e.problem());
                }
            }
            throw new ExperimentException(sweep.source() + ": point " + name + ": " + e.getMessage());
        }
    }
}
