package dev.siamese.eval;

import java.util.List;

/**
 * How well 1:N search finds a probe's finger in a gallery (closed set for ranks, open set for FNIR/FPIR;
 * see {@link IdentificationCalculator} for the protocol).
 *
 * @param gallerySize    enrolled impressions (one per finger)
 * @param searches       mated searches (probes); as many non-mated ones, each probe with its mate left out
 * @param rank1          share of probes whose mate is the nearest entry (CMC at rank 1)
 * @param rank5          share of probes whose mate is among the five nearest (CMC at rank 5)
 * @param fnirAtFpir100  lowest FNIR (mate not nearest, or not nearer than the threshold) at a threshold with
 *                       FPIR ≤ 1/100 (a non-mated search returning a candidate nearer than the threshold)
 * @param fnirAtFpir10   the same at FPIR ≤ 1/10
 * @param cmc            the CMC curve: share of probes with their mate at rank ≤ r, for r = 1, 2, ... (at most 20)
 */
public record IdentificationMetrics(int gallerySize, int searches, double rank1, double rank5,
                                    double fnirAtFpir100, double fnirAtFpir10, List<Double> cmc) {
    public IdentificationMetrics {
        cmc = List.copyOf(cmc);
    }

    /** The value of a metric by its name in expectations ({@code rank1}, ...). */
    public Double get(String name) {
        return switch (name) {
            case "rank1" -> rank1;
            case "rank5" -> rank5;
            case "fnirAtFpir100" -> fnirAtFpir100;
            case "fnirAtFpir10" -> fnirAtFpir10;
            default -> throw new IllegalArgumentException("unknown identification metric " + name);
        };
    }
}
