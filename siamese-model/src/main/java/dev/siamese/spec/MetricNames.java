package dev.siamese.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The metric names an expectation may name: {@code <split>.<metric>} for the pairs of a split, and
 * {@code identification.<metric>} for 1:N search on the validation split; and which way each improves.
 */
public final class MetricNames {
    public static final List<String> SPLITS = List.of("train", "validation");
    public static final List<String> PER_SPLIT = List.of(
            "loss", "accuracy", "rocAuc", "eer", "eerThreshold", "bestAccuracy", "bestAccuracyThreshold",
            "genuineDistanceMean", "impostorDistanceMean", "fmr100", "fmr1000", "zeroFmr", "zeroFnmr");
    /** The prefix of the identification metrics (validation split only). */
    public static final String IDENTIFICATION = "identification";
    public static final List<String> OF_IDENTIFICATION = List.of("rank1", "rank5", "fnirAtFpir100", "fnirAtFpir10");
    public static final List<String> ALL;
    /**
     * The metrics {@code training.keepBest} may select epochs by: those of the validation pairs that have a
     * better side (not the thresholds).
     */
    public static final List<String> SELECTABLE = PER_SPLIT.stream().filter(m -> direction(m).isPresent())
            .map(m -> "validation." + m).toList();

    static {
        List<String> all = new ArrayList<>();
        for (String split : SPLITS) {
            for (String metric : PER_SPLIT) {
                all.add(split + "." + metric);
            }
        }
        for (String metric : OF_IDENTIFICATION) {
            all.add(IDENTIFICATION + "." + metric);
        }
        ALL = Collections.unmodifiableList(all);
    }

    private MetricNames() {
    }

    /** Which way {@code metric} improves, or empty for thresholds, which have no better side. */
    public static Optional<Expectation.Direction> direction(String metric) {
        String m = metric.substring(metric.indexOf('.') + 1);
        return switch (m) {
            case "accuracy", "rocAuc", "bestAccuracy", "impostorDistanceMean", "rank1", "rank5" -> Optional.of(Expectation.Direction.HIGHER);
            case "loss", "eer", "genuineDistanceMean", "fmr100", "fmr1000", "zeroFmr", "zeroFnmr",
                 "fnirAtFpir100", "fnirAtFpir10" ->
                    Optional.of(Expectation.Direction.LOWER);
            default -> Optional.empty();
        };
    }
}
