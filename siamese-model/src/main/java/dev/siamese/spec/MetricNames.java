package dev.siamese.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The metric names an expectation may name: {@code <split>.<metric>}. */
public final class MetricNames {
    public static final List<String> SPLITS = List.of("train", "validation");
    public static final List<String> PER_SPLIT = List.of(
            "loss", "accuracy", "rocAuc", "eer", "eerThreshold", "bestAccuracy", "bestAccuracyThreshold",
            "genuineDistanceMean", "impostorDistanceMean");
    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>();
        for (String split : SPLITS) {
            for (String metric : PER_SPLIT) {
                all.add(split + "." + metric);
            }
        }
        ALL = Collections.unmodifiableList(all);
    }

    private MetricNames() {
    }
}
