package dev.siamese.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One label per compared experiment, distinct even when two results carry the same experiment name (the
 * same spec run twice, or copied): those get their results file added, so charts can tell them apart.
 */
final class SeriesLabels {
    private SeriesLabels() {
    }

    /** Labels in the order of {@code experiments}. */
    static List<String> of(List<ExperimentResults> experiments) {
        Map<String, Integer> counts = new HashMap<>();
        experiments.forEach(e -> counts.merge(e.name(), 1, Integer::sum));
        return experiments.stream()
                .map(e -> counts.get(e.name()) > 1 ? e.name() + " (" + e.file() + ")" : e.name())
                .toList();
    }
}
