package dev.siamese.results;

import dev.siamese.spec.Expectation;

import java.util.ArrayList;
import java.util.List;

/**
 * How one expectation fared.
 *
 * @param expectation the spec's expectation
 * @param actual      the measured value, or null where undefined
 * @param report      its limits checked: met when it has no violation
 */
public record ExpectationOutcome(Expectation expectation, Double actual, CheckReport report) {

    public boolean met() {
        return report.passed();
    }

    /** Met, and what it documents is a known failure: the failure is still there ({@link Expectation#documentsFailure()}). */
    public boolean metDocumentingFailure() {
        return met() && expectation.documentsFailure();
    }

    /** The expectation's limits as the spec states them: {@code min 0.9, max 1, baseline ../b/results.json}. */
    public String limits() {
        List<String> parts = new ArrayList<>();
        if (expectation.min() != null) {
            parts.add("min " + Violation.fmt(expectation.min()));
        }
        if (expectation.max() != null) {
            parts.add("max " + Violation.fmt(expectation.max()));
        }
        if (expectation.baseline() != null) {
            parts.add("no worse than " + expectation.baseline().getFileName() + " of "
                    + expectation.baseline().getParent().getFileName() + (expectation.tolerance() == 0 ? ""
                    : " by " + Violation.fmt(expectation.tolerance()) + (expectation.relative() ? " (relative)" : "")));
        }
        return String.join(", ", parts);
    }
}
