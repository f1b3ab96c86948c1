package dev.siamese.report;

import dev.siamese.GateOutcome;
import dev.siamese.Line;
import dev.siamese.sweep.SweepJson;
import dev.siamese.sweep.Aggregate;
import dev.siamese.sweep.PointSummary;
import dev.siamese.sweep.SweepSummary;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.TTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sweep against a baseline sweep, per grid point and metric: the change of the mean over seeds, and whether it
 * is beyond the uncertainty, by Welch's unequal-variances t-test (commons-math3's {@link TTest}, two-sided) at
 * {@link #ALPHA}. A regression is worse than the baseline by more than the tolerance ({@link Change#regressed})
 * <em>and</em> significant; with fewer than two seeds on a side there is no uncertainty to judge, so no regression.
 */
public final class SweepComparison {
    /** Significance level of the test. */
    public static final double ALPHA = 0.05;

    private SweepComparison() {
    }

    /**
     * One metric of one grid point against the baseline.
     *
     * @param change the means, as {@code siamese:compare}'s change
     * @param p      Welch's two-sided p-value, or null when a side has fewer than two seeds
     */
    public record Row(Change change, Double p) {
        public boolean significant() {
            return p != null && p < ALPHA;
        }

        public boolean regressed(double tolerance) {
            return significant() && change.regressed(tolerance);
        }

        /** {@code dense-3 validation.rocAuc 0.98 → 0.91 (−0.07, tolerance 0.01, Welch p = 0.003)} */
        public String describe(double tolerance) {
            String d = change.describe(tolerance);
            return d.substring(0, d.length() - 1) + ", Welch p = " + (p == null ? "n/a" : String.format(Locale.ROOT, "%.3g", p)) + ")";
        }
    }

    public static List<Row> compare(SweepSummary current, SweepSummary baseline, List<String> metrics) {
        List<Row> rows = new ArrayList<>();
        for (PointSummary point : current.points()) {
            PointSummary base = baseline.point(point.point()).orElse(null);
            if (base == null) {
                continue;
            }
            for (String metric : metrics) {
                Aggregate now = point.metrics().get(metric);
                Aggregate then = base.metrics().get(metric);
                rows.add(new Row(new Change(point.point(), metric, then.mean(), now.mean()), welch(then, now)));
            }
        }
        return rows;
    }

    /** Welch's two-sided p-value; two exact (zero-variance) sides differ with certainty when their means differ. */
    static Double welch(Aggregate a, Aggregate b) {
        if (a.n() < 2 || b.n() < 2) {
            return null;
        }
        if (a.std() == 0 && b.std() == 0) {
            return a.mean().equals(b.mean()) ? 1.0 : 0.0;
        }
        return new TTest().tTest(summary(a), summary(b));
    }

    private static StatisticalSummaryValues summary(Aggregate a) {
        return new StatisticalSummaryValues(a.mean(), a.std() * a.std(), a.n(), a.max(), a.min(), a.mean() * a.n());
    }

    public static Table table(List<Row> rows, double tolerance) {
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(List.of(r.change().experiment(), r.change().metric(), Numbers.fixed(r.change().baseline()),
                    Numbers.fixed(r.change().current()), Numbers.signed(r.change().delta()), r.change().mark().symbol,
                    r.p() == null ? "n/a" : String.format(Locale.ROOT, "%.3g", r.p()), r.regressed(tolerance) ? "REGRESSION" : ""));
        }
        return new Table(List.of("point", "metric", "baseline mean", "mean", "change", "", "Welch p", ""), cells,
                List.of(false, false, true, true, true, false, true, false));
    }

    /** The table as log lines. */
    public static List<String> lines(List<Row> rows, double tolerance) {
        return TextTable.render(table(rows, tolerance));
    }

    /**
     * The sweep in {@code current} ({@code sweep.json}) against the one in {@code baseline}, per grid point and metric
     * ({@link SweepReport#METRICS} when {@code metrics} is empty): the table, a failure per regression beyond
     * {@code tolerance} and the seeds' uncertainty, and a summary.
     */
    public static GateOutcome run(Path current, Path baseline, List<String> metrics, double tolerance) {
        List<Row> rows = compare(SweepJson.read(current), SweepJson.read(baseline),
                metrics.isEmpty() ? SweepReport.METRICS : metrics);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.info("Comparing " + current + " against the baseline sweep " + baseline));
        lines(rows, tolerance).forEach(l -> lines.add(Line.info(l)));
        List<String> regressions = rows.stream().filter(r -> r.regressed(tolerance))
                .map(r -> "Regression: " + r.describe(tolerance)).toList();
        return new GateOutcome(lines, regressions, regressions.size() + " of " + rows.size() + " means regressed against"
                + " the baseline sweep beyond tolerance " + tolerance + " and the seeds' uncertainty (Welch p < "
                + ALPHA + ")", null);
    }
}
