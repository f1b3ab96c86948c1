package dev.siamese.eval;

import dev.siamese.spec.MatchRule;
import dev.siamese.spec.OperatingPoint;

import java.util.Arrays;

/**
 * The decision threshold a trained matcher uses, chosen on scored (validation) pairs at an operating point:
 * the EER threshold of {@link MetricsCalculator}, or the one of the {@link ErrorCurve} point with the lowest
 * FNMR whose FMR is at most the target. Both are turned into the one matching rule "distance &lt; threshold"
 * by moving halfway to the next observed distance, so the pairs at the chosen distance still match.
 *
 * @param threshold a pair matches when its distance is below this
 * @param fmr       the false match rate at that threshold on the pairs it was chosen on
 * @param fnmr      the false non-match rate there
 */
public record OperatingThreshold(double threshold, double fmr, double fnmr) {

    /**
     * @throws IllegalArgumentException without genuine or without impostor pairs (no error curve)
     */
    public static OperatingThreshold choose(ScoredPairs pairs, OperatingPoint point) {
        double[] genuine = pairs.ofLabel(1);
        double[] impostor = pairs.ofLabel(0);
        if (genuine.length == 0 || impostor.length == 0) {
            throw new IllegalArgumentException("an operating threshold needs genuine and impostor pairs");
        }
        double threshold;
        if (point.isEer()) {
            threshold = justAbove(MetricsCalculator.eer(genuine, impostor).threshold(), genuine, impostor);
        } else {
            threshold = ErrorCurve.of(genuine, impostor).pointAtFmr(point.targetFmr())[2];
        }
        return new OperatingThreshold(threshold, shareBelow(impostor, threshold), 1 - shareBelow(genuine, threshold));
    }

    /**
     * The rates at a given threshold: FMR the share of impostor pairs that match ({@code d < threshold}), FNMR the
     * share of genuine pairs that do not; NaN for a side without pairs.
     */
    public static OperatingThreshold at(ScoredPairs pairs, double threshold) {
        return new OperatingThreshold(threshold, shareBelow(pairs.ofLabel(0), threshold),
                1 - shareBelow(pairs.ofLabel(1), threshold));
    }

    /** Halfway from {@code t} to the next larger observed distance ({@code t + 1e-9} past the largest). */
    private static double justAbove(double t, double[] genuine, double[] impostor) {
        double next = Double.POSITIVE_INFINITY;
        for (double[] side : new double[][] {genuine, impostor}) {
            for (double d : side) {
                if (d > t && d < next) {
                    next = d;
                }
            }
        }
        return next == Double.POSITIVE_INFINITY ? t + 1e-9 : (t + next) / 2;
    }

    private static double shareBelow(double[] distances, double threshold) {
        return Arrays.stream(distances).filter(d -> MatchRule.matches(d, threshold)).count() / (double) distances.length;
    }
}
