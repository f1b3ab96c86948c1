package dev.siamese.cli;

import dev.siamese.eval.OperatingThreshold;
import dev.siamese.eval.PairMetrics;
import dev.siamese.match.FingerprintMatcher;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code siamese score} answers (its JSON): the comparisons of FVC's protocol on a folder and their metrics, as
 * evaluation defines them ({@link PairMetrics}).
 *
 * @param folder        the folder of scans
 * @param scans         how many scans it holds
 * @param fingers       how many fingers their names give
 * @param genuinePairs  genuine comparisons (every pair of impressions of a finger)
 * @param impostorPairs impostor comparisons (first impressions of two fingers)
 * @param eer           equal error rate (FVC's: the middle of its interval)
 * @param eerThreshold  the distance at which it is reached
 * @param fmr100        lowest FNMR at a threshold with FMR ≤ 1 %
 * @param fmr1000       lowest FNMR at a threshold with FMR ≤ 0.1 %
 * @param zeroFmr       lowest FNMR at a threshold with no false match
 * @param rocAuc        probability that an impostor pair lies farther apart than a genuine one (ties ½)
 * @param threshold     the model's operating threshold ({@code matcher.json}) or the one given; null without one
 * @param thresholdSource where it came from: {@code eer from matcher.json}, {@code given}; null without one
 * @param fmr           the share of impostor comparisons that match at that threshold; null without one
 * @param fnmr          the share of genuine comparisons that do not; null without one
 * @param model         the model file
 * @param modelSha256   its SHA-256
 */
record ScoreResult(String folder, int scans, int fingers, int genuinePairs, int impostorPairs, double eer,
                   double eerThreshold, double fmr100, double fmr1000, double zeroFmr, double rocAuc, Double threshold,
                   String thresholdSource, Double fmr, Double fnmr, String model, String modelSha256) {

    /** From metrics of pairs of both kinds (so that every metric is defined). */
    static ScoreResult of(Path folder, int scans, int fingers, PairMetrics m, OperatingThreshold operating,
                          FingerprintMatcher matcher) {
        return new ScoreResult(folder.toString(), scans, fingers, m.genuinePairs(), m.impostorPairs(), m.eer(),
                m.eerThreshold(), m.fmr100(), m.fmr1000(), m.zeroFmr(), m.rocAuc(),
                operating == null ? null : operating.threshold(), matcher.thresholdSource(),
                operating == null ? null : operating.fmr(), operating == null ? null : operating.fnmr(),
                matcher.modelFile().toString(), matcher.modelSha256());
    }

    /** Two lines, a third with a threshold: what was compared, the metrics, the errors at the threshold (in %). */
    String text() {
        String text = String.format(Locale.ROOT, "%d scans of %d fingers: %d genuine, %d impostor comparisons (FVC)%n"
                        + "EER %.2f %% (distance %.6g), FMR100 %.2f %%, FMR1000 %.2f %%, ZeroFMR %.2f %%, ROC AUC %.4f",
                scans, fingers, genuinePairs, impostorPairs, 100 * eer, eerThreshold, 100 * fmr100, 100 * fmr1000,
                100 * zeroFmr, rocAuc);
        return threshold == null ? text : text + String.format(Locale.ROOT, "%nat threshold %.6g (%s): FMR %.2f %%, "
                + "FNMR %.2f %%", threshold, thresholdSource, 100 * fmr, 100 * fnmr);
    }
}
