package dev.siamese.sweep;

import dev.siamese.results.CheckReport;
import dev.siamese.results.Violation;
import dev.siamese.spec.AggregateExpectation;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a sweep's aggregates against its expectations, as {@code ExpectationChecker} checks one run: every
 * limit of every grid point it applies to is checked, each one missed is one {@link Violation} naming point,
 * metric, aggregate and limit.
 */
public final class AggregateChecker {
    private AggregateChecker() {
    }

    public static CheckReport check(List<AggregateExpectation> expectations, SweepSummary summary) {
        List<Violation> violations = new ArrayList<>();
        int checked = 0;
        for (AggregateExpectation e : expectations) {
            for (PointSummary point : summary.points()) {
                if (e.point() != null && !e.point().equals(point.point())) {
                    continue;
                }
                Aggregate a = point.metrics().get(e.metric());
                if (e.statistic() != null) {
                    Double actual = a.get(e.statistic());
                    String what = point.point() + " " + e.metric() + " " + e.statistic().jsonName();
                    if (e.min() != null) {
                        checked++;
                        if (actual == null || actual < e.min()) {
                            violations.add(new Violation(what, actual, ">= " + Violation.fmt(e.min()),
                                    actual == null ? Double.NaN : e.min() - actual, e.note()));
                        }
                    }
                    if (e.max() != null) {
                        checked++;
                        if (actual == null || actual > e.max()) {
                            violations.add(new Violation(what, actual, "<= " + Violation.fmt(e.max()),
                                    actual == null ? Double.NaN : actual - e.max(), e.note()));
                        }
                    }
                } else {
                    checked++;
                    long meeting = a.values().stream().filter(v -> v != null && !v.isNaN()
                            && (e.min() == null || v >= e.min()) && (e.max() == null || v <= e.max())).count();
                    if (meeting < e.atLeast()) {
                        String limit = (e.min() == null ? "" : ">= " + Violation.fmt(e.min()))
                                + (e.min() != null && e.max() != null ? " and " : "")
                                + (e.max() == null ? "" : "<= " + Violation.fmt(e.max()));
                        violations.add(new Violation(point.point() + " " + e.metric() + " seeds with " + limit,
                                (double) meeting, "at least " + e.atLeast() + " of " + a.values().size(),
                                e.atLeast() - meeting, e.note()));
                    }
                }
            }
        }
        return new CheckReport(checked, violations);
    }
}
