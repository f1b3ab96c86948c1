package dev.siamese.eval;

import dev.siamese.distance.MatchRule;
import dev.siamese.spec.OperatingPoint;

import java.util.Arrays;

/**
 * The decision threshold a trained matcher uses, chosen on scored (validation) pairs at an operating point:
 * the step of the {@link ThresholdSweep} where the EER is reached ({@link MetricsCalculator}), or the
 * {@link ErrorCurve} point with the lowest FNMR whose FMR is at most the target. Both are turned into the one
 * matching rule "distance &lt; threshold" by moving halfway to the next observed distance, so the pairs at the chosen
 * distance still match.
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
        ThresholdSweep sweep = ThresholdSweep.of(genuine, impostor);
        ErrorCurve curve = ErrorCurve.of(sweep);
        return point.isEer() ? curve.atStep(MetricsCalculator.eer(sweep).step()) : curve.atFmr(point.targetFmr());
    }

    /**
     * The rates at a given threshold: FMR the share of impostor pairs that match ({@code d < threshold}), FNMR the
     * share of genuine pairs that do not; NaN for a side without pairs.
     */
    public static OperatingThreshold at(ScoredPairs pairs, double threshold) {
        return new OperatingThreshold(threshold, shareBelow(pairs.ofLabel(0), threshold),
                1 - shareBelow(pairs.ofLabel(1), threshold));
    }

    private static double shareBelow(double[] distances, double threshold) {
        return Arrays.stream(distances).filter(d -> MatchRule.matches(d, threshold)).count() / (double) distances.length;
    }
}
