package dev.siamese.diagnostics;

import java.util.List;

/**
 * {@code diagnostics} of {@code results.json}: the per-epoch figures recorded during training, the thresholds
 * the verdicts used, and the verdicts.
 */
public record Diagnostics(List<EpochDiagnostics> epochs, VerdictRules rules, List<Verdict> verdicts) {
    public Diagnostics {
        epochs = List.copyOf(epochs);
        verdicts = List.copyOf(verdicts);
    }

    /** The verdicts that were triggered. */
    public List<Verdict> triggered() {
        return verdicts.stream().filter(Verdict::triggered).toList();
    }
}
