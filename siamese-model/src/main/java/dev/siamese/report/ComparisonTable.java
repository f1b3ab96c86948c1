package dev.siamese.report;

import dev.siamese.ExperimentException;
import dev.siamese.spec.Expectation;
import dev.siamese.spec.MetricNames;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Experiments side by side, grouped by data set: a row per experiment with what it was made of (data set, model,
 * loss, branch, and each setting that differs between networks trained on the same data set), a column per
 * metric. The best value of each column with a direction (accuracy up, EER down, ...) is marked among the rows of
 * one data set only: figures measured on different pairs do not rank each other.
 *
 * @param metrics  the metric columns
 * @param settings the setting columns: spec paths whose values differ between networks trained on one data set
 * @param rows     one per experiment, the rows of a data set together, data sets in the order first given
 */
public record ComparisonTable(List<String> metrics, List<String> settings, List<Row> rows) {
    public static final List<String> DEFAULT_METRICS = List.of("validation.accuracy", "validation.rocAuc",
            "validation.eer", "validation.loss", "train.accuracy");
    public static final String BEST_MARK = "*";
    /** The columns before the settings and metrics. */
    static final List<String> DESCRIPTION_COLUMNS = List.of("experiment", "data set", "model", "loss", "branch");
    /** A setting the spec leaves at its default. */
    static final String DEFAULT = "default";

    /**
     * @param experiment  the experiment's name
     * @param description what it was made of
     * @param values      one per metric; null where undefined
     */
    public record Row(String experiment, RunDescription description, List<Double> values) {
        public Row {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        /** The value of a setting column: the spec's, {@value #DEFAULT} where it gives none, — where nothing trains. */
        String setting(String path) {
            return description.trains() ? description.settings().getOrDefault(path, DEFAULT) : RunDescription.NONE;
        }
    }

    public ComparisonTable {
        metrics = List.copyOf(metrics);
        settings = List.copyOf(settings);
        rows = List.copyOf(rows);
    }

    /**
     * @param onlyChanged drop the metric columns whose values are equal in every row
     */
    public static ComparisonTable of(List<ExperimentResults> experiments, List<String> metrics, boolean onlyChanged) {
        checkMetrics(metrics);
        Map<String, List<Row>> byDataset = new LinkedHashMap<>();
        for (ExperimentResults e : experiments) {
            RunDescription d = RunDescription.of(e.results());
            byDataset.computeIfAbsent(d.dataset(), k -> new ArrayList<>()).add(new Row(e.name(), d,
                    metrics.stream().map(m -> e.metric(m).orElse(null)).toList()));
        }
        List<Row> rows = byDataset.values().stream().flatMap(List::stream).toList();
        ComparisonTable table = new ComparisonTable(metrics, differingSettings(byDataset.values()), rows);
        return onlyChanged ? table.onlyChanged() : table;
    }

    /** The settings whose values differ between networks trained on one data set, in the order first met. */
    private static List<String> differingSettings(Iterable<List<Row>> groups) {
        Set<String> differing = new LinkedHashSet<>();
        for (List<Row> group : groups) {
            List<Row> trained = group.stream().filter(r -> r.description().trains()).toList();
            Set<String> paths = new LinkedHashSet<>();
            trained.forEach(r -> paths.addAll(r.description().settings().keySet()));
            for (String path : paths) {
                if (trained.stream().map(r -> r.setting(path)).distinct().count() > 1) {
                    differing.add(path);
                }
            }
        }
        return List.copyOf(differing);
    }

    /** An unknown metric name is the user's mistake: say which names there are. */
    public static void checkMetrics(List<String> metrics) {
        for (String m : metrics) {
            if (!MetricNames.ALL.contains(m)) {
                throw new ExperimentException("unknown metric '" + m + "'; known: " + String.join(", ", MetricNames.ALL));
            }
        }
    }

    /** This table without the metric columns whose values are the same in every row. */
    public ComparisonTable onlyChanged() {
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < metrics.size(); c++) {
            int col = c;
            if (rows.stream().map(r -> r.values().get(col)).distinct().count() > 1) {
                keep.add(c);
            }
        }
        return new ComparisonTable(keep.stream().map(metrics::get).toList(), settings, rows.stream()
                .map(r -> new Row(r.experiment(), r.description(), keep.stream().map(r.values()::get).toList()))
                .toList());
    }

    /**
     * The best value of a column among the rows on {@code row}'s data set: only for metrics with a better side, and
     * only when those rows' values differ (a single result, or values equal everywhere, have no best).
     */
    public Optional<Double> best(int row, int column) {
        Optional<Expectation.Direction> direction = MetricNames.direction(metrics.get(column));
        String dataset = rows.get(row).description().dataset();
        List<Double> values = rows.stream().filter(r -> r.description().dataset().equals(dataset))
                .map(r -> r.values().get(column)).filter(Objects::nonNull).filter(v -> !v.isNaN()).toList();
        if (direction.isEmpty() || values.size() < 2 || values.stream().distinct().count() < 2) {
            return Optional.empty();
        }
        return direction.get() == Expectation.Direction.HIGHER ? values.stream().max(Double::compare)
                : values.stream().min(Double::compare);
    }

    /** Whether some value is marked best (one result per data set, or values equal everywhere, have none). */
    public boolean anyBest() {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < metrics.size(); c++) {
                if (isBest(r, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean isBest(int row, int column) {
        Double v = rows.get(row).values().get(column);
        return v != null && best(row, column).map(v::equals).orElse(false);
    }

    /** Whether the rows come from more than one data set. */
    public boolean severalDatasets() {
        return rows.stream().map(r -> r.description().dataset()).distinct().count() > 1;
    }

    /**
     * As text cells: the description columns, the settings (headed by their shortest distinct path ends), the metrics
     * with four decimals, the best of each column on a data set followed by {@value #BEST_MARK} (the others by a
     * space, so columns line up); a group of rows per data set.
     */
    public Table toTable() {
        List<String> header = new ArrayList<>(DESCRIPTION_COLUMNS);
        header.addAll(SettingNames.shortest(settings));
        header.addAll(metrics);
        List<List<String>> cells = new ArrayList<>();
        List<Table.Group> groups = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (r == 0 || !rows.get(r - 1).description().dataset().equals(row.description().dataset())) {
                groups.add(new Table.Group(r, "data set " + row.description().datasetLabel()));
            }
            List<String> line = new ArrayList<>(List.of(row.experiment(), row.description().datasetLabel(),
                    row.description().model(), row.description().loss(), row.description().branch()));
            settings.forEach(s -> line.add(row.setting(s)));
            for (int c = 0; c < metrics.size(); c++) {
                line.add(Numbers.fixed(row.values().get(c)) + (isBest(r, c) ? BEST_MARK : " "));
            }
            cells.add(line);
        }
        List<Boolean> right = new ArrayList<>();
        header.forEach(h -> right.add(right.size() >= DESCRIPTION_COLUMNS.size() + settings.size()));
        return new Table(header, cells, right, severalDatasets() ? groups : List.of());
    }
}
