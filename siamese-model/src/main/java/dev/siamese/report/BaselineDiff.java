package dev.siamese.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This build's experiments against a baseline, matched by experiment name: old, new and change of each
 * metric, marked by direction (▲ better, ▼ worse, = same).
 *
 * @param changes     one per matched experiment and metric
 * @param unmatched   experiments of this build the baseline does not hold
 * @param missing     baseline experiments this build does not hold
 */
public record BaselineDiff(List<Change> changes, List<String> unmatched, List<String> missing) {
    public BaselineDiff {
        changes = List.copyOf(changes);
        unmatched = List.copyOf(unmatched);
        missing = List.copyOf(missing);
    }

    /**
     * Matches by experiment name. One current and one baseline experiment of different names are
     * matched with each other: comparing a run against one results file is the common case.
     */
    public static BaselineDiff of(List<ExperimentResults> current, List<ExperimentResults> baseline, List<String> metrics) {
        ComparisonTable.checkMetrics(metrics);
        Map<String, ExperimentResults> byName = new LinkedHashMap<>();
        for (ExperimentResults b : baseline) {
            byName.putIfAbsent(b.name(), b);
        }
        boolean oneToOne = current.size() == 1 && baseline.size() == 1;
        List<Change> changes = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (ExperimentResults c : current) {
            ExperimentResults b = oneToOne ? baseline.get(0) : byName.remove(c.name());
            if (b == null) {
                unmatched.add(c.name());
                continue;
            }
            for (String m : metrics) {
                changes.add(new Change(c.name(), m, b.metric(m).orElse(null), c.metric(m).orElse(null)));
            }
        }
        return new BaselineDiff(changes, unmatched, oneToOne ? List.of() : List.copyOf(byName.keySet()));
    }

    /** The changes worse than the baseline by more than {@code tolerance}, in table order. */
    public List<Change> regressions(double tolerance) {
        return changes.stream().filter(c -> c.regressed(tolerance)).toList();
    }

    /** One line for a failing build: how many regressed, and which. */
    public String summary(double tolerance) {
        List<Change> r = regressions(tolerance);
        if (r.isEmpty()) {
            return "No regression against the baseline beyond tolerance " + Numbers.shortest(tolerance)
                    + " (" + changes.size() + " value" + (changes.size() == 1 ? "" : "s") + " compared)";
        }
        return r.size() + " of " + changes.size() + " value" + (changes.size() == 1 ? "" : "s")
                + " regressed against the baseline beyond tolerance " + Numbers.shortest(tolerance) + ": "
                + String.join("; ", r.stream().map(c -> c.experiment() + " " + c.metric()).toList());
    }

    /** experiment, metric, baseline, new, change, mark. */
    public Table toTable() {
        List<List<String>> rows = new ArrayList<>();
        for (Change c : changes) {
            rows.add(List.of(c.experiment(), c.metric(), Numbers.fixed(c.baseline()), Numbers.fixed(c.current()),
                    c.delta() == null ? "n/a" : (c.delta() > 0 ? "+" : "") + Numbers.fixed(c.delta()),
                    c.mark().symbol));
        }
        return new Table(List.of("experiment", "metric", "baseline", "new", "change", ""), rows,
                List.of(false, false, true, true, true, false));
    }
}
