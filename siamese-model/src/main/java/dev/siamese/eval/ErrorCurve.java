package dev.siamese.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * False match and false non-match rates at every decision threshold the scores allow: "match" when
 * distance ≤ t, for t below every distance and at each distinct distance. FMR = share of impostor pairs
 * called a match, FNMR = share of genuine pairs not called one. The operating points of FVC's reports
 * (FMR100, FMR1000, ZeroFMR, ZeroFNMR) and the DET curve come from here.
 */
final class ErrorCurve {
    private final double[] fmr;
    private final double[] fnmr;
    /** Per point, a threshold giving it under the rule "match when distance &lt; threshold". */
    private final double[] below;

    private ErrorCurve(double[] fmr, double[] fnmr, double[] below) {
        this.fmr = fmr;
        this.fnmr = fnmr;
        this.below = below;
    }

    static ErrorCurve of(double[] genuine, double[] impostor) {
        double[] g = genuine.clone();
        double[] im = impostor.clone();
        Arrays.sort(g);
        Arrays.sort(im);
        double[] all = new double[g.length + im.length];
        System.arraycopy(g, 0, all, 0, g.length);
        System.arraycopy(im, 0, all, g.length, im.length);
        Arrays.sort(all);
        List<double[]> points = new ArrayList<>();
        List<Double> below = new ArrayList<>();
        points.add(new double[] {0, 1}); // threshold below everything: nothing matches
        below.add(all[0]);
        int gi = 0;
        int ii = 0;
        for (int k = 0; k < all.length; k++) {
            if (k + 1 < all.length && all[k + 1] == all[k]) {
                continue; // one point per distinct distance
            }
            double t = all[k];
            while (gi < g.length && g[gi] <= t) {
                gi++;
            }
            while (ii < im.length && im[ii] <= t) {
                ii++;
            }
            points.add(new double[] {ii / (double) im.length, 1 - gi / (double) g.length});
            below.add(k + 1 < all.length ? (t + all[k + 1]) / 2 : t + 1e-9);
        }
        double[] fmr = new double[points.size()];
        double[] fnmr = new double[points.size()];
        for (int k = 0; k < points.size(); k++) {
            fmr[k] = points.get(k)[0];
            fnmr[k] = points.get(k)[1];
        }
        return new ErrorCurve(fmr, fnmr, below.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The lowest FNMR at any threshold whose FMR is at most {@code maxFmr} (FMR100: 0.01, ZeroFMR: 0). */
    double fnmrAtFmr(double maxFmr) {
        double best = 1;
        for (int k = 0; k < fmr.length; k++) {
            if (fmr[k] <= maxFmr + 1e-12) {
                best = Math.min(best, fnmr[k]);
            }
        }
        return best;
    }

    /**
     * The point with the lowest FNMR whose FMR is at most {@code maxFmr} (the highest such threshold on a
     * tie), as {fmr, fnmr, threshold} with "match when distance &lt; threshold".
     */
    double[] pointAtFmr(double maxFmr) {
        int best = 0;
        for (int k = 0; k < fmr.length; k++) {
            if (fmr[k] <= maxFmr + 1e-12 && fnmr[k] <= fnmr[best]) {
                best = k;
            }
        }
        return new double[] {fmr[best], fnmr[best], below[best]};
    }

    /** The lowest FMR at any threshold whose FNMR is 0. */
    double zeroFnmr() {
        double best = 1;
        for (int k = 0; k < fnmr.length; k++) {
            if (fnmr[k] <= 1e-12) {
                best = Math.min(best, fmr[k]);
            }
        }
        return best;
    }

    /** At most {@code max} points of the curve, evenly spaced along it, both ends kept. */
    List<DetPoint> det(int max) {
        int n = fmr.length;
        List<DetPoint> out = new ArrayList<>();
        int count = Math.min(n, max);
        int last = -1;
        for (int j = 0; j < count; j++) {
            int k = count == 1 ? 0 : (int) Math.round(j * (n - 1) / (double) (count - 1));
            if (k != last) {
                out.add(new DetPoint(fmr[k], fnmr[k]));
                last = k;
            }
        }
        return out;
    }
}
