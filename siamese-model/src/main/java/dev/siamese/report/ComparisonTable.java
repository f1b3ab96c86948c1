package dev.siamese.report;

import dev.siamese.ExperimentException;
import dev.siamese.spec.Expectation;
import dev.siamese.spec.MetricNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Experiments side by side: a row per experiment, a column per metric, the best value of each column
 * with a direction (accuracy up, EER down, ...) marked.
 *
 * @param metrics the columns
 * @param rows    one per experiment, in the order given
 */
public record ComparisonTable(List<String> metrics, List<Row> rows) {
    public static final List<String> DEFAULT_METRICS = List.of("validation.accuracy", "validation.rocAuc",
            "validation.eer", "validation.loss", "train.accuracy");
    public static final String BEST_MARK = "*";

    /** @param values one per metric; null where undefined */
    public record Row(String experiment, List<Double> values) {
        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public ComparisonTable {
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
    }

    /**
     * @param onlyChanged drop the columns whose values are equal in every row
     */
    public static ComparisonTable of(List<ExperimentResults> experiments, List<String> metrics, boolean onlyChanged) {
        checkMetrics(metrics);
        List<Row> rows = new ArrayList<>();
        for (ExperimentResults e : experiments) {
            rows.add(new Row(e.name(), metrics.stream().map(m -> e.metric(m).orElse(null)).toList()));
        }
        ComparisonTable table = new ComparisonTable(metrics, rows);
        return onlyChanged ? table.onlyChanged() : table;
    }

    /** An unknown metric name is the user's mistake: say which names there are. */
    public static void checkMetrics(List<String> metrics) {
        for (String m : metrics) {
            if (!MetricNames.ALL.contains(m)) {
                throw new ExperimentException("unknown metric '" + m + "'; known: " + String.join(", ", MetricNames.ALL));
            }
        }
    }

    /** This table without the columns whose values are the same in every row. */
    public ComparisonTable onlyChanged() {
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < metrics.size(); c++) {
            int col = c;
            if (rows.stream().map(r -> r.values().get(col)).distinct().count() > 1) {
                keep.add(c);
            }
        }
        return new ComparisonTable(keep.stream().map(metrics::get).toList(), rows.stream()
                .map(r -> new Row(r.experiment(), keep.stream().map(r.values()::get).toList())).toList());
    }

    /**
     * The best value of a column: only for metrics with a better side, and only when the rows' values
     * differ (a column equal everywhere has no best).
     */
    public Optional<Double> best(int column) {
        Optional<Expectation.Direction> direction = MetricNames.direction(metrics.get(column));
        List<Double> values = rows.stream().map(r -> r.values().get(column)).filter(Objects::nonNull)
                .filter(v -> !v.isNaN()).toList();
        if (direction.isEmpty() || values.size() < 2 || values.stream().distinct().count() < 2) {
            return Optional.empty();
        }
        return direction.get() == Expectation.Direction.HIGHER ? values.stream().max(Double::compare)
                : values.stream().min(Double::compare);
    }

    /** Whether some column has a best value (one experiment, or values equal everywhere, have none). */
    public boolean anyBest() {
        for (int c = 0; c < metrics.size(); c++) {
            if (best(c).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public boolean isBest(int row, int column) {
        Double v = rows.get(row).values().get(column);
        return v != null && best(column).map(v::equals).orElse(false);
    }

    /** As text cells: four decimals, the best of each column followed by {@value #BEST_MARK} (the others by a space, so columns line up). */
    public Table toTable() {
        List<String> header = new ArrayList<>();
        header.add("experiment");
        header.addAll(metrics);
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = new ArrayList<>();
            line.add(rows.get(r).experiment());
            for (int c = 0; c < metrics.size(); c++) {
                line.add(Numbers.fixed(rows.get(r).values().get(c)) + (isBest(r, c) ? BEST_MARK : " "));
            }
            cells.add(line);
        }
        List<Boolean> right = new ArrayList<>();
        right.add(false);
        metrics.forEach(m -> right.add(true));
        return new Table(header, cells, right);
    }
}
