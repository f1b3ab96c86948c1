package dev.siamese.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code sweep.json}: which experiment, which seeds, which grid of spec paths and values, and which
 * limits on the aggregates. Checks the file's own fields here, one-line errors naming file and JSON path;
 * whether each grid value fits its spec path is checked by resolving every point ({@code SweepPlanner}).
 */
public final class SweepSpecReader {
    private static final Pattern SPEC_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
    private static final int MAX_SEEDS = 10_000;

    public SweepSpec read(Path file) {
        Path source = file.toAbsolutePath().normalize();
        JsonNode tree = new ExperimentSpecReader().readObject(source);
        SpecNode root = new SpecNode(tree, "$", new SpecOrigins(source));
        root.allowOnly(SweepFields.ROOT);
        JsonNode version = tree.get("schemaVersion");
        if (version == null || version.isNull()) {
            throw root.error("missing required field \"schemaVersion\" (this build reads " + SweepSpec.SCHEMA_VERSION + ")");
        }
        if (!version.isIntegralNumber() || version.asLong() != SweepSpec.SCHEMA_VERSION) {
            throw root.errorAt("schemaVersion", "unknown schema version " + version + "; this build reads schemaVersion "
                    + SweepSpec.SCHEMA_VERSION);
        }
        String experimentName = root.nonBlankString("experiment", "experiment.json");
        Path experiment = source.getParent().resolve(experimentName).normalize();
        if (!Files.isRegularFile(experiment)) {
            throw root.errorAt("experiment", "file not found: " + experimentName + " (resolved to " + experiment + ")");
        }
        List<Long> seeds = seeds(root);
        List<GridAxis> grid = grid(root, source);
        SweepSpec spec = new SweepSpec(source, experiment, seeds, grid, List.of());
        List<String> variants = spec.variants().stream().map(SweepSpec.Variant::name).toList();
        return new SweepSpec(source, experiment, seeds, grid, expectations(root, variants, seeds.size()));
    }

    /** A count n (seeds 1 … n) or a list of distinct integers. */
    private static List<Long> seeds(SpecNode root) {
        JsonNode v = root.json().get("seeds");
        String allowed = "a count from 1 to " + MAX_SEEDS + " (seeds 1 … n) or a non-empty array of distinct integers";
        if (v == null || v.isNull()) {
            throw root.error("missing required field \"seeds\" (" + allowed + ")");
        }
        List<Long> seeds = new ArrayList<>();
        if (v.isIntegralNumber()) {
            if (v.asLong() < 1 || v.asLong() > MAX_SEEDS) {
                throw root.errorAt("seeds", "must be " + allowed + ", got " + v.asText());
            }
            for (long s = 1; s <= v.asLong(); s++) {
                seeds.add(s);
            }
            return seeds;
        }
        if (!v.isArray() || v.isEmpty()) {
            throw root.errorAt("seeds", "must be " + allowed + ", got " + (v.isArray() ? "an empty array" : SpecNode.describe(v)));
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode s = v.get(i);
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw root.errorAtElement("seeds", i, "must be an integer, got " + SpecNode.describe(s));
            }
            if (seeds.contains(s.asLong())) {
                throw root.errorAtElement("seeds", i, "seed " + s.asLong() + " is listed twice");
            }
            seeds.add(s.asLong());
        }
        return seeds;
    }

    private static List<GridAxis> grid(SpecNode root, Path file) {
        if (!root.has("grid")) {
            return List.of();
        }
        JsonNode grid = root.json().get("grid");
        if (!grid.isObject()) {
            throw root.errorAt("grid", "must be an object of spec paths to value lists, got " + SpecNode.describe(grid));
        }
        List<GridAxis> axes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = grid.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String path = f.getKey();
            GridAxis probe = new GridAxis(path, List.of());
            if (!SPEC_PATH.matcher(path).matches()) {
                throw new SpecException(file, probe.jsonPath(),
                        "must be a spec path of field names separated by dots, such as \"training.optimizer.learningRate\"");
            }
            String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            if (SweepFields.NOT_ON_GRID.contains(top)) {
                throw new SpecException(file, probe.jsonPath(), "\"" + top
                        + "\" cannot be swept" + (top.equals("seed") ? ": list the seeds in \"seeds\"" : ""));
            }
            axes.add(new GridAxis(path, values(file, probe, f.getValue())));
        }
        return axes;
    }

    /** An array of values, or an object of label → value. */
    private static List<GridAxis.Value> values(Path file, GridAxis probe, JsonNode json) {
        List<GridAxis.Value> values = new ArrayList<>();
        if (json.isArray()) {
            String last = probe.path().substring(probe.path().lastIndexOf('.') + 1);
            for (int i = 0; i < json.size(); i++) {
                JsonNode v = json.get(i);
                String text = v.isValueNode() && !v.isNull() ? v.asText() : "";
                values.add(new GridAxis.Value(LABEL.matcher(text).matches() ? text : last + "-" + (i + 1), v, i));
            }
        } else if (json.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> named = json.fields();
            int i = 0;
            while (named.hasNext()) {
                Map.Entry<String, JsonNode> e = named.next();
                if (!LABEL.matcher(e.getKey()).matches()) {
                    throw new SpecException(file, probe.jsonPath() + "." + e.getKey(), "a label must start with a letter "
                            + "or digit and hold only letters, digits, '.' and '-'");
                }
                values.add(new GridAxis.Value(e.getKey(), e.getValue(), i++));
            }
        } else {
            throw new SpecException(file, probe.jsonPath(), "must be an array of values or an object of label → value, got "
                    + SpecNode.describe(json));
        }
        if (values.isEmpty()) {
            throw new SpecException(file, probe.jsonPath(), "must hold at least one value");
        }
        Set<String> labels = new HashSet<>();
        for (GridAxis.Value v : values) {
            if (v.json().isNull()) {
                throw new SpecException(file, probe.jsonPath() + "[" + v.index() + "]",
                        "must not be null (a sweep sets values, it does not remove them)");
            }
            if (!labels.add(v.label())) {
                throw new SpecException(file, probe.jsonPath() + "[" + v.index() + "]", "label \"" + v.label()
                        + "\" is used twice on this axis; give labels as an object of label → value");
            }
        }
        return values;
    }

    private static List<AggregateExpectation> expectations(SpecNode root, List<String> variants, int seeds) {
        List<JsonNode> items = root.array("expectations");
        List<AggregateExpectation> out = new ArrayList<>();
        Bounds any = Bounds.closed(-Double.MAX_VALUE, Double.MAX_VALUE);
        for (int i = 0; i < items.size(); i++) {
            SpecNode e = root.element("expectations", i);
            e.allowOnly(SweepFields.EXPECTATION);
            String metric = e.choice("metric", null, MetricNames.ALL);
            boolean byStatistic = e.has("aggregate");
            if (byStatistic == e.has("atLeast")) {
                throw e.error("needs either \"aggregate\" (" + String.join(", ", AggregateExpectation.Statistic.jsonNames())
                        + ") or \"atLeast\" (in how many seeds the limits must hold), not " + (byStatistic ? "both" : "neither"));
            }
            AggregateExpectation.Statistic statistic = byStatistic ? AggregateExpectation.Statistic.fromJson(
                    e.choice("aggregate", null, AggregateExpectation.Statistic.jsonNames())) : null;
            Integer atLeast = byStatistic ? null : e.integer("atLeast", null, 1, seeds);
            Double min = e.optionalNumber("min", any).orElse(null);
            Double max = e.optionalNumber("max", any).orElse(null);
            if (min == null && max == null) {
                throw e.error("needs \"min\" or \"max\"");
            }
            if (min != null && max != null && min > max) {
                throw e.error("\"min\" (" + min + ") is above \"max\" (" + max + ")");
            }
            String point = e.has("point") ? e.choice("point", null, variants) : null;
            out.add(new AggregateExpectation(metric, statistic, atLeast, min, max, point, e.string("note", "")));
        }
        return out;
    }
}
