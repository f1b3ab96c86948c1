package dev.siamese.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.siamese.eval.ScoredPairs;

import java.util.List;

/**
 * {@code scores.json}: the distance the trained network gave each pair, the raw material of ROC and DET
 * curves, distance histograms and the sample-pair grid of the report.
 */
public record PairScores(int schemaVersion, List<ScoredPair> train, List<ScoredPair> validation) {
    public static final int SCHEMA_VERSION = 1;

    public PairScores {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }

    /** The distances and labels of {@code pairs}, as the metrics take them. */
    public static ScoredPairs scored(List<ScoredPair> pairs) {
        return new ScoredPairs(pairs.stream().mapToDouble(ScoredPair::distance).toArray(),
                pairs.stream().mapToInt(ScoredPair::label).toArray());
    }

    /**
     * One pair: file names inside the data set folder, label (1 genuine) and distance; for a fusion also each
     * matcher's own distance ({@code network}, {@code sourceAfis}), absent otherwise.
     */
    public record ScoredPair(String left, String right, int label, double distance,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double network,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double sourceAfis) {
        public ScoredPair(String left, String right, int label, double distance) {
            this(left, right, label, distance, null, null);
        }
    }
}
