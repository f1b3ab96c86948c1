package dev.siamese;

import java.util.List;

/**
 * What a gate found (expectations checked, a comparison against a baseline): lines to show, one line per failure (a
 * missed limit, a regression) and one summing up. It passed when nothing failed; what a failure does is the
 * caller's to decide (the plugin fails the build, or warns when told not to halt), as jacoco's check leaves its
 * rules to its library. An error is not a failure of the gate but of what it gates (sweep points that failed
 * twice): it fails the build either way.
 *
 * @param lines    what to show first, in order
 * @param failures one line per failure, in order
 * @param summary  one line: all met, or what failed; null when nothing was gated (no expectations, no baseline)
 * @param error    the run's own failure, or null
 */
public record GateOutcome(List<Line> lines, List<String> failures, String summary, String error) {
    public GateOutcome {
        lines = List.copyOf(lines);
        failures = List.copyOf(failures);
    }

    /** Lines to show, nothing gated. */
    public static GateOutcome ungated(List<Line> lines) {
        return new GateOutcome(lines, List.of(), null, null);
    }

    public boolean passed() {
        return failures.isEmpty() && error == null;
    }
}
