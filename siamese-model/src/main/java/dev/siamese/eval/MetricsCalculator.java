package dev.siamese.eval;

import dev.siamese.distance.PairLoss;
import dev.siamese.distance.MatchRule;

import java.util.List;

/** Computes {@link PairMetrics} from scored pairs. Pure arithmetic on doubles: deterministic. */
public final class MetricsCalculator {
    /** Most DET points kept per split in results.json. */
    static final int DET_POINTS = 200;

    private MetricsCalculator() {
    }

    public static PairMetrics compute(ScoredPairs pairs, double threshold, double margin) {
        double[] genuine = pairs.ofLabel(1);
        double[] impostor = pairs.ofLabel(0);
        int n = pairs.size();
        Double loss = null;
        Double accuracy = null;
        if (n > 0) {
            double sum = 0;
            int right = 0;
            for (int i = 0; i < n; i++) {
                double d = pairs.distances()[i];
                int y = pairs.labels()[i];
                sum += PairLoss.contrastive(d, y, margin);
                right += MatchRule.judgedRight(d, y, threshold) ? 1 : 0;
            }
            loss = sum / n;
            accuracy = right / (double) n;
        }
        boolean bothKinds = genuine.length > 0 && impostor.length > 0;
        ThresholdSweep sweep = ThresholdSweep.of(genuine, impostor);
        Double auc = bothKinds ? rocAuc(sweep) : null;
        Eer eer = bothKinds ? eer(sweep) : null;
        double[] best = n > 0 ? bestAccuracy(sweep) : null;
        ErrorCurve curve = bothKinds ? ErrorCurve.of(sweep) : null;
        return new PairMetrics(n, genuine.length, impostor.length, loss, accuracy, threshold, auc,
                eer == null ? null : eer.eer(), eer == null ? null : eer.low(), eer == null ? null : eer.high(),
                eer == null ? null : eer.threshold(),
                best == null ? null : best[0], best == null ? null : best[1],
                curve == null ? null : curve.fnmrAtFmr(0.01), curve == null ? null : curve.fnmrAtFmr(0.001),
                curve == null ? null : curve.fnmrAtFmr(0), curve == null ? null : curve.zeroFnmr(),
                DistanceSummary.of(genuine), DistanceSummary.of(impostor),
                curve == null ? List.of() : curve.det(DET_POINTS));
    }

    /**
     * Mann–Whitney: P(impostor distance > genuine distance) + ½ P(equal). Each impostor at a step wins over the
     * genuine pairs below the step and half of those at it (the sums are of halves: exact).
     */
    static double rocAuc(ThresholdSweep sweep) {
        double wins = 0;
        int genuineBelow = 0;
        int impostorBelow = 0;
        for (int k = 0; k < sweep.steps(); k++) {
            int genuineAt = sweep.genuineAtOrBelow(k) - genuineBelow;
            int impostorAt = sweep.impostorAtOrBelow(k) - impostorBelow;
            wins += impostorAt * (genuineBelow + 0.5 * genuineAt);
            genuineBelow += genuineAt;
            impostorBelow += impostorAt;
        }
        return wins / ((double) sweep.genuine() * sweep.impostor());
    }

    /**
     * The EER interval, the distance threshold where it is reached and the sweep's step of that distance (what a
     * matcher deciding by {@code d < threshold} takes: {@link ThresholdSweep#thresholdAbove} of it).
     */
    record Eer(double eer, double low, double high, double threshold, int step) {
    }

    /**
     * FVC's EER (Maio et al., FVC2000): with similarity s = −distance, FMR(t) = share of impostors with
     * s ≥ t and FNMR(t) = share of genuine with s &lt; t; t1 = the largest t with FNMR(t) ≤ FMR(t), t2 = the
     * smallest t with FNMR(t) ≥ FMR(t), both over the observed scores; the interval is [FNMR(t1), FMR(t1)]
     * if FNMR(t1) + FMR(t1) ≤ FMR(t2) + FNMR(t2), else [FMR(t2), FNMR(t2)], and the EER its middle. In distances:
     * t at step k of the sweep is its distance d, FMR = impostors at or below d, FNMR = genuine above d; the
     * largest t is the smallest d.
     */
    static Eer eer(ThresholdSweep sweep) {
        int last = sweep.steps() - 1;
        Integer k1 = null;
        Integer k2 = null;
        for (int k = last; k >= 0; k--) { // ascending similarity: descending distance
            double fmr = fmr(sweep, k);
            double fnmr = fnmr(sweep, k);
            if (fnmr <= fmr) {
                k1 = k; // keeps the smallest distance: the largest similarity
            }
            if (k2 == null && fnmr >= fmr) {
                k2 = k;
            }
        }
        if (k1 == null) {
            k1 = last;
        }
        if (k2 == null) {
            k2 = 0;
        }
        double fmr1 = fmr(sweep, k1);
        double fnmr1 = fnmr(sweep, k1);
        double fmr2 = fmr(sweep, k2);
        double fnmr2 = fnmr(sweep, k2);
        if (fnmr1 + fmr1 <= fmr2 + fnmr2) {
            return new Eer((fnmr1 + fmr1) / 2, Math.min(fnmr1, fmr1), Math.max(fnmr1, fmr1), sweep.distance(k1), k1);
        }
        return new Eer((fmr2 + fnmr2) / 2, Math.min(fmr2, fnmr2), Math.max(fmr2, fnmr2), sweep.distance(k2), k2);
    }

    /** Share of impostors at or below step k's distance. */
    private static double fmr(ThresholdSweep sweep, int k) {
        return sweep.impostorAtOrBelow(k) / (double) sweep.impostor();
    }

    /** Share of genuine pairs above step k's distance. */
    private static double fnmr(ThresholdSweep sweep, int k) {
        return (sweep.genuine() - sweep.genuineAtOrBelow(k)) / (double) sweep.genuine();
    }

    /**
     * {best accuracy, threshold}: thresholds tried are below everything, between consecutive distinct distances
     * and above the largest; the first best wins.
     */
    static double[] bestAccuracy(ThresholdSweep sweep) {
        int n = sweep.genuine() + sweep.impostor();
        // Threshold below everything: all called non-match, right = impostors.
        double bestRight = sweep.impostor();
        double bestThreshold = sweep.distance(0) - ThresholdSweep.PAST_THE_LAST;
        for (int k = 0; k < sweep.steps(); k++) {
            int right = sweep.impostor() - sweep.impostorAtOrBelow(k) + sweep.genuineAtOrBelow(k);
            if (right > bestRight) {
                bestRight = right;
                bestThreshold = sweep.thresholdAbove(k);
            }
        }
        return new double[] {bestRight / n, bestThreshold};
    }
}
