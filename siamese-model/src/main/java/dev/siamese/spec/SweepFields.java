package dev.siamese.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields each object of a {@code sweep.json} may hold, by the name of its definition in
 * {@code sweep.schema.json}. The reader rejects anything else; a test keeps this table and the schema in agreement.
 */
public final class SweepFields {
    public static final Map<String, List<String>> BY_DEFINITION;

    static final List<String> ROOT = List.of("$schema", "schemaVersion", "experiment", "seeds", "grid", "expectations");
    static final List<String> EXPECTATION = List.of("metric", "aggregate", "atLeast", "min", "max", "point", "note");
    /** Set by the sweep itself (seed, name) or not a value of the experiment: no grid axis may name them. */
    static final List<String> NOT_ON_GRID = List.of("$schema", "schemaVersion", "extends", "name", "seed");

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("root", ROOT);
        m.put("aggregateExpectation", EXPECTATION);
        BY_DEFINITION = java.util.Collections.unmodifiableMap(m);
    }

    private SweepFields() {
    }
}
