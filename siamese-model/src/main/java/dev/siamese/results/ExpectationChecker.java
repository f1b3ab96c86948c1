package dev.siamese.results;

import dev.siamese.spec.Expectation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks results against the spec's expectations, as jacoco's check goal checks coverage: every limit
 * is checked and each one missed becomes one {@link Violation}, so a failing build lists them all.
 */
public final class ExpectationChecker {
    private final Function<Path, MetricSource> baselines;

    /** @param baselines reads a baseline results file (expected to cache and to throw for unreadable files) */
    public ExpectationChecker(Function<Path, MetricSource> baselines) {
        this.baselines = baselines;
    }

    /** A checker that reads baseline results files as results.json, each once. */
    public static ExpectationChecker readingBaselines() {
        Map<Path, MetricSource> read = new HashMap<>();
        return new ExpectationChecker(p -> read.computeIfAbsent(p, ResultsJson::read));
    }

    public CheckReport check(List<Expectation> expectations, MetricSource results) {
        List<Violation> violations = new ArrayList<>();
        int checked = 0;
        for (Expectation e : expectations) {
            Double actual = results.metric(e.metric()).orElse(null);
            if (e.min() != null) {
                checked++;
                if (actual == null || actual < e.min()) {
                    violations.add(new Violation(e.metric(), actual, ">= " + Violation.fmt(e.min()),
                            actual == null ? Double.NaN : e.min() - actual, e.note()));
                }
            }
            if (e.max() != null) {
                checked++;
                if (actual == null || actual > e.max()) {
                    violations.add(new Violation(e.metric(), actual, "<= " + Violation.fmt(e.max()),
                            actual == null ? Double.NaN : actual - e.max(), e.note()));
                }
            }
            if (e.baseline() != null) {
                checked++;
                baselineViolation(e, actual).ifPresent(violations::add);
            }
        }
        return new CheckReport(checked, violations);
    }

    /** One report per expectation, in spec order: which expectations were met, which missed (reports, JUnit XML). */
    public List<ExpectationOutcome> checkEach(List<Expectation> expectations, MetricSource results) {
        return expectations.stream().map(e -> new ExpectationOutcome(e, results.metric(e.metric()).orElse(null),
                check(List.of(e), results))).toList();
    }

    private Optional<Violation> baselineViolation(Expectation e, Double actual) {
        Optional<Double> base = baselines.apply(e.baseline()).metric(e.metric());
        if (base.isEmpty()) {
            return Optional.empty(); // nothing to regress from
        }
        double b = base.get();
        double slack = e.relative() ? Math.abs(b) * e.tolerance() : e.tolerance();
        boolean higher = e.direction() == Expectation.Direction.HIGHER;
        double limit = higher ? b - slack : b + slack;
        String tol = e.tolerance() == 0 ? "" : (higher ? " - " : " + ")
                + (e.relative() ? Violation.fmt(e.tolerance() * 100) + "%" : Violation.fmt(e.tolerance()));
        String text = (higher ? ">= " : "<= ") + Violation.fmt(limit) + " (baseline " + Violation.fmt(b) + tol
                + ", " + e.baseline().getFileName() + ")";
        if (actual == null) {
            return Optional.of(new Violation(e.metric(), null, text, Double.NaN, e.note()));
        }
        boolean ok = higher ? actual >= limit : actual <= limit;
        return ok ? Optional.empty()
                : Optional.of(new Violation(e.metric(), actual, text, Math.abs(actual - limit), e.note()));
    }
}
