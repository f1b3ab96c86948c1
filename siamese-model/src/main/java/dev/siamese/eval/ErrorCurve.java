package dev.siamese.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * False match and false non-match rates at every decision threshold the scores allow, read from the
 * {@link ThresholdSweep}: a point with nothing matching (a threshold at the smallest distance), then one per step
 * of the sweep. FMR = share of impostor pairs called a match, FNMR = share of genuine pairs not called one, under
 * the match rule {@code d < threshold}. The operating points of FVC's reports (FMR100, FMR1000, ZeroFMR, ZeroFNMR),
 * the DET curve and the operating thresholds at a target FMR come from here.
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

    /** The curve of a sweep over both genuine and impostor pairs. */
    static ErrorCurve of(ThresholdSweep sweep) {
        int points = sweep.steps() + 1;
        double[] fmr = new double[points];
        double[] fnmr = new double[points];
        double[] below = new double[points];
        fnmr[0] = 1; // threshold below everything: nothing matches
        below[0] = sweep.distance(0);
        for (int k = 0; k < sweep.steps(); k++) {
            fmr[k + 1] = sweep.impostorAtOrBelow(k) / (double) sweep.impostor();
            fnmr[k + 1] = 1 - sweep.genuineAtOrBelow(k) / (double) sweep.genuine();
            below[k + 1] = sweep.thresholdAbove(k);
        }
        return new ErrorCurve(fmr, fnmr, below);
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
     * The point with the lowest FNMR whose FMR is at most {@code maxFmr} (the highest such threshold on a tie),
     * with a threshold that gives it under "match when distance &lt; threshold".
     */
    OperatingThreshold atFmr(double maxFmr) {
        int best = 0;
        for (int k = 0; k < fmr.length; k++) {
            if (fmr[k] <= maxFmr + 1e-12 && fnmr[k] <= fnmr[best]) {
                best = k;
            }
        }
        return point(best);
    }

    /** The point of the sweep's step {@code k}. */
    OperatingThreshold atStep(int k) {
        return point(k + 1);
    }

    private OperatingThreshold point(int index) {
        return new OperatingThreshold(below[index], fmr[index], fnmr[index]);
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
