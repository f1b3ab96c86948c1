package dev.siamese.eval;

import java.util.List;
import java.util.Locale;

/**
 * How well distances separate genuine from impostor pairs. A value that is undefined for the pairs at
 * hand (ROC AUC without impostors, say) is null, written as {@code null} in results.
 *
 * @param pairs                 number of pairs
 * @param loss                  mean contrastive loss {@code y·d² + (1−y)·max(m−d, 0)²}
 * @param accuracy              share judged right at the spec's threshold (match when d &lt; threshold)
 * @param threshold             that threshold
 * @param rocAuc                probability that an impostor pair lies farther apart than a genuine one (ties ½)
 * @param eer                   equal error rate, FVC's definition: the middle of [eerLow, eerHigh]
 * @param eerLow                lower end of the EER interval
 * @param eerHigh               upper end of the EER interval
 * @param eerThreshold          the distance threshold at which the EER is reached
 * @param bestAccuracy          the highest accuracy any threshold reaches on these pairs
 * @param bestAccuracyThreshold the threshold (a midpoint between two distances) that reaches it
 * @param fmr100                lowest FNMR at a threshold with FMR ≤ 1 % (FVC)
 * @param fmr1000               lowest FNMR at a threshold with FMR ≤ 0.1 %
 * @param zeroFmr               lowest FNMR at a threshold with no false match
 * @param zeroFnmr              lowest FMR at a threshold with no false non-match
 * @param det                   the DET curve (FMR, FNMR per threshold), at most 200 points
 */
public record PairMetrics(int pairs, int genuinePairs, int impostorPairs, Double loss, Double accuracy, double threshold,
                          Double rocAuc, Double eer, Double eerLow, Double eerHigh, Double eerThreshold,
                          Double bestAccuracy, Double bestAccuracyThreshold,
                          Double fmr100, Double fmr1000, Double zeroFmr, Double zeroFnmr,
                          DistanceSummary genuineDistances, DistanceSummary impostorDistances, List<DetPoint> det) {

    public PairMetrics {
        det = det == null ? List.of() : List.copyOf(det);
    }

    /** One line: pairs, loss, accuracy and the threshold-free metrics, each to 4 significant digits or "n/a". */
    public String describe() {
        return String.format(Locale.ROOT, "%d pairs (%d genuine), loss %s, accuracy %s at threshold %s, ROC AUC %s,"
                        + " EER %s, FMR100 %s, FMR1000 %s, ZeroFMR %s, best accuracy %s",
                pairs, genuinePairs, fmt(loss), fmt(accuracy), fmt(threshold), fmt(rocAuc), fmt(eer), fmt(fmr100),
                fmt(fmr1000), fmt(zeroFmr), fmt(bestAccuracy));
    }

    private static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
    }

    /** The value of a per-split metric by its name in expectations ({@code accuracy}, {@code eer}, ...). */
    public Double get(String name) {
        return switch (name) {
            case "loss" -> loss;
            case "accuracy" -> accuracy;
            case "rocAuc" -> rocAuc;
            case "eer" -> eer;
            case "eerThreshold" -> eerThreshold;
            case "bestAccuracy" -> bestAccuracy;
            case "bestAccuracyThreshold" -> bestAccuracyThreshold;
            case "fmr100" -> fmr100;
            case "fmr1000" -> fmr1000;
            case "zeroFmr" -> zeroFmr;
            case "zeroFnmr" -> zeroFnmr;
            case "genuineDistanceMean" -> genuineDistances.mean();
            case "impostorDistanceMean" -> impostorDistances.mean();
            default -> throw new IllegalArgumentException("unknown metric " + name);
        };
    }
}
