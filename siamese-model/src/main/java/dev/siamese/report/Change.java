package dev.siamese.report;

import dev.siamese.spec.Expectation;
import dev.siamese.spec.MetricNames;

import java.util.Optional;

/**
 * One metric of one experiment against its baseline.
 *
 * @param baseline the baseline's value, null when undefined
 * @param current  this build's value, null when undefined
 */
public record Change(String experiment, String metric, Double baseline, Double current) {

    /** How a change reads. */
    public enum Mark {
        BETTER("▲", "better"), WORSE("▼", "worse"), SAME("=", "same"), CHANGED("≠", "changed (no better side)"),
        UNDEFINED("?", "undefined on one side");

        public final String symbol;
        public final String meaning;

        Mark(String symbol, String meaning) {
            this.symbol = symbol;
            this.meaning = meaning;
        }
    }

    /** current − baseline, or null when either is undefined. */
    public Double delta() {
        return defined(baseline) && defined(current) ? current - baseline : null;
    }

    public Mark mark() {
        if (!defined(baseline) || !defined(current)) {
            return defined(baseline) == defined(current) ? Mark.SAME : Mark.UNDEFINED;
        }
        double d = current - baseline;
        if (d == 0) {
            return Mark.SAME;
        }
        Optional<Expectation.Direction> direction = MetricNames.direction(metric);
        if (direction.isEmpty()) {
            return Mark.CHANGED;
        }
        return (direction.get() == Expectation.Direction.HIGHER) == (d > 0) ? Mark.BETTER : Mark.WORSE;
    }

    /**
     * Worse by more than {@code tolerance} (absolute) on a metric with a better side; a value that was
     * defined and no longer is counts as a regression too.
     */
    public boolean regressed(double tolerance) {
        if (MetricNames.direction(metric).isEmpty()) {
            return false;
        }
        if (defined(baseline) && !defined(current)) {
            return true;
        }
        // a little slack so that 0.05 − 0.04 is not "more than 0.01" in binary floating point
        return mark() == Mark.WORSE && Math.abs(delta()) > tolerance + 1e-12;
    }

    /** {@code exp validation.accuracy 0.98 → 0.91 (−0.07, tolerance 0.01)} */
    public String describe(double tolerance) {
        return experiment + " " + metric + " " + Numbers.shortest(baseline) + " → " + Numbers.shortest(current)
                + " (" + Numbers.signed(delta()) + ", tolerance " + Numbers.shortest(tolerance) + ")";
    }

    private static boolean defined(Double v) {
        return v != null && !v.isNaN();
    }
}
