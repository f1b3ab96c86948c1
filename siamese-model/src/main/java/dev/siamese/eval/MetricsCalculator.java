package dev.siamese.eval;

import dev.siamese.distance.PairLoss;
import dev.siamese.distance.MatchRule;

import java.util.Arrays;

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
        Double auc = genuine.length > 0 && impostor.length > 0 ? rocAuc(genuine, impostor) : null;
        Eer eer = genuine.length > 0 && impostor.length > 0 ? eer(genuine, impostor) : null;
        double[] best = n > 0 ? bestAccuracy(pairs) : null;
        ErrorCurve curve = genuine.length > 0 && impostor.length > 0 ? ErrorCurve.of(genuine, impostor) : null;
        return new PairMetrics(n, genuine.length, impostor.length, loss, accuracy, threshold, auc,
                eer == null ? null : eer.eer(), eer == null ? null : eer.low(), eer == null ? null : eer.high(),
                eer == null ? null : eer.threshold(),
                best == null ? null : best[0], best == null ? null : best[1],
                curve == null ? null : curve.fnmrAtFmr(0.01), curve == null ? null : curve.fnmrAtFmr(0.001),
                curve == null ? null : curve.fnmrAtFmr(0), curve == null ? null : curve.zeroFnmr(),
                DistanceSummary.of(genuine), DistanceSummary.of(impostor),
                curve == null ? java.util.List.of() : curve.det(DET_POINTS));
    }

    /** Mann–Whitney: P(impostor distance > genuine distance) + ½ P(equal). */
    static double rocAuc(double[] genuine, double[] impostor) {
        double[] g = genuine.clone();
        double[] im = impostor.clone();
        Arrays.sort(g);
        Arrays.sort(im);
        double wins = 0;
        int lo = 0;
        int hi = 0;
        for (double d : im) {
            while (lo < g.length && g[lo] < d) {
                lo++;
            }
            hi = Math.max(hi, lo);
            while (hi < g.length && g[hi] <= d) {
                hi++;
            }
            wins += lo + 0.5 * (hi - lo);
        }
        return wins / ((double) g.length * im.length);
    }

    /** The EER interval and the distance threshold where it is reached. */
    record Eer(double eer, double low, double high, double threshold) {
    }

    /**
     * FVC's EER (Maio et al., FVC2000): with similarity s = −distance, FMR(t) = share of impostors with
     * s ≥ t and FNMR(t) = share of genuine with s &lt; t; t1 = the largest t with FNMR(t) ≤ FMR(t), t2 = the
     * smallest t with FNMR(t) ≥ FMR(t), both over the observed scores; the interval is [FNMR(t1), FMR(t1)]
     * if FNMR(t1) + FMR(t1) ≤ FMR(t2) + FNMR(t2), else [FMR(t2), FNMR(t2)], and the EER its middle.
     */
    static Eer eer(double[] genuine, double[] impostor) {
        double[] g = new double[genuine.length];
        double[] im = new double[impostor.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = -genuine[i];
        }
        for (int i = 0; i < im.length; i++) {
            im[i] = -impostor[i];
        }
        Arrays.sort(g);
        Arrays.sort(im);
        double[] candidates = new double[g.length + im.length];
        System.arraycopy(g, 0, candidates, 0, g.length);
        System.arraycopy(im, 0, candidates, g.length, im.length);
        Arrays.sort(candidates);
        Double t1 = null;
        Double t2 = null;
        for (double t : candidates) {
            double fmr = fmr(im, t);
            double fnmr = fnmr(g, t);
            if (fnmr <= fmr) {
                t1 = t; // ascending: keeps the largest
            }
            if (t2 == null && fnmr >= fmr) {
                t2 = t;
            }
        }
        if (t1 == null) {
            t1 = candidates[0];
        }
        if (t2 == null) {
            t2 = candidates[candidates.length - 1];
        }
        double fmr1 = fmr(im, t1);
        double fnmr1 = fnmr(g, t1);
        double fmr2 = fmr(im, t2);
        double fnmr2 = fnmr(g, t2);
        if (fnmr1 + fmr1 <= fmr2 + fnmr2) {
            return new Eer((fnmr1 + fmr1) / 2, Math.min(fnmr1, fmr1), Math.max(fnmr1, fmr1), -t1);
        }
        return new Eer((fmr2 + fnmr2) / 2, Math.min(fmr2, fnmr2), Math.max(fmr2, fnmr2), -t2);
    }

    /** Share of sorted impostor similarities ≥ t. */
    static double fmr(double[] sortedImpostor, double t) {
        return (sortedImpostor.length - lowerBound(sortedImpostor, t)) / (double) sortedImpostor.length;
    }

    /** Share of sorted genuine similarities &lt; t. */
    static double fnmr(double[] sortedGenuine, double t) {
        return lowerBound(sortedGenuine, t) / (double) sortedGenuine.length;
    }

    /** Index of the first element ≥ t. */
    private static int lowerBound(double[] a, double t) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {best accuracy, threshold}: thresholds tried are midpoints between consecutive distinct distances and both ends. */
    static double[] bestAccuracy(ScoredPairs pairs) {
        int n = pairs.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pairs.distances()[a], pairs.distances()[b]));
        int impostors = 0;
        for (int l : pairs.labels()) {
            impostors += l == 0 ? 1 : 0;
        }
        // Threshold below everything: all called non-match, right = impostors.
        int right = impostors;
        double bestRight = right;
        double bestThreshold = pairs.distances()[order[0]] - 1e-9;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            right += pairs.labels()[i] == 1 ? 1 : -1; // pair i moves to "match"
            boolean boundary = k == n - 1 || pairs.distances()[order[k + 1]] > pairs.distances()[i];
            if (boundary && right > bestRight) {
                bestRight = right;
                bestThreshold = k == n - 1 ? pairs.distances()[i] + 1e-9
                        : (pairs.distances()[i] + pairs.distances()[order[k + 1]]) / 2;
            }
        }
        return new double[] {bestRight / n, bestThreshold};
    }
}
