package dev.siamese.eval;

import java.util.Arrays;

/**
 * The one sweep of the decision threshold over scored pairs: the distinct distances in ascending order and, at
 * each, how many genuine and how many impostor pairs lie at or below it. Under the match rule
 * ({@code d < threshold}, {@link dev.siamese.distance.MatchRule}) step {@code k} is what every threshold above
 * distance {@code k} and up to the next one decides; {@link #thresholdAbove} names one. The error curve (FMR, FNMR,
 * DET), the EER, the ROC curve and its area, the best accuracy and the operating thresholds are all read from here.
 */
public final class ThresholdSweep {
    /** How far above the largest distance a threshold is put that matches every pair. */
    static final double PAST_THE_LAST = 1e-9;

    private final double[] distances;
    private final int[] genuineAtOrBelow;
    private final int[] impostorAtOrBelow;
    private final int genuine;
    private final int impostor;

    private ThresholdSweep(double[] distances, int[] genuineAtOrBelow, int[] impostorAtOrBelow, int genuine,
                           int impostor) {
        this.distances = distances;
        this.genuineAtOrBelow = genuineAtOrBelow;
        this.impostorAtOrBelow = impostorAtOrBelow;
        this.genuine = genuine;
        this.impostor = impostor;
    }

    /** The sweep over the distances of genuine and of impostor pairs (either may be empty). */
    public static ThresholdSweep of(double[] genuine, double[] impostor) {
        double[] g = genuine.clone();
        double[] im = impostor.clone();
        Arrays.sort(g);
        Arrays.sort(im);
        double[] all = new double[g.length + im.length];
        System.arraycopy(g, 0, all, 0, g.length);
        System.arraycopy(im, 0, all, g.length, im.length);
        Arrays.sort(all);
        double[] steps = new double[all.length];
        int[] gBelow = new int[all.length];
        int[] iBelow = new int[all.length];
        int n = 0;
        int gi = 0;
        int ii = 0;
        for (int k = 0; k < all.length; k++) {
            if (k + 1 < all.length && all[k + 1] == all[k]) {
                continue; // one step per distinct distance
            }
            double t = all[k];
            while (gi < g.length && g[gi] <= t) {
                gi++;
            }
            while (ii < im.length && im[ii] <= t) {
                ii++;
            }
            steps[n] = t;
            gBelow[n] = gi;
            iBelow[n] = ii;
            n++;
        }
        return new ThresholdSweep(Arrays.copyOf(steps, n), Arrays.copyOf(gBelow, n), Arrays.copyOf(iBelow, n),
                g.length, im.length);
    }

    /** Number of steps: distinct distances. */
    public int steps() {
        return distances.length;
    }

    /** The distance of step {@code k}, ascending in {@code k}. */
    public double distance(int k) {
        return distances[k];
    }

    /** Genuine pairs at or below step {@code k}'s distance: those a threshold just above it accepts. */
    public int genuineAtOrBelow(int k) {
        return genuineAtOrBelow[k];
    }

    /** Impostor pairs at or below step {@code k}'s distance. */
    public int impostorAtOrBelow(int k) {
        return impostorAtOrBelow[k];
    }

    /** All genuine pairs. */
    public int genuine() {
        return genuine;
    }

    /** All impostor pairs. */
    public int impostor() {
        return impostor;
    }

    /**
     * A threshold that decides as step {@code k} under {@code d < threshold}: halfway to the next distance, or
     * {@value #PAST_THE_LAST} above the last.
     */
    public double thresholdAbove(int k) {
        return k + 1 < distances.length ? (distances[k] + distances[k + 1]) / 2 : distances[k] + PAST_THE_LAST;
    }
}
