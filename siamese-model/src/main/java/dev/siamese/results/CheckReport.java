package dev.siamese.results;

import java.util.List;

/**
 * The outcome of checking results against expectations.
 *
 * @param checked    how many limits were checked (an expectation with min, max and baseline counts three)
 * @param violations the limits missed, in spec order
 */
public record CheckReport(int checked, List<Violation> violations) {
    public CheckReport {
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /** One line: all met, or how many of how many were missed. */
    public String summary() {
        return passed() ? "All " + checked + " expectation limit" + (checked == 1 ? "" : "s") + " met"
                : violations.size() + " of " + checked + " expectation limit" + (checked == 1 ? "" : "s")
                + " missed: " + String.join("; ", violations.stream().map(Violation::metric).distinct().toList());
    }
}
