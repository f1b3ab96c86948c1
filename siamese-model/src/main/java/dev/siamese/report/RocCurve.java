package dev.siamese.report;

import dev.siamese.eval.ThresholdSweep;
import dev.siamese.results.PairScores.ScoredPair;

import java.util.List;
import java.util.Optional;

/**
 * The ROC curve of distances: a pair is accepted as a match when its distance is below the threshold
 * ({@link dev.siamese.distance.MatchRule}); sweeping the threshold past every observed distance
 * ({@link ThresholdSweep}) gives (false match rate, true match rate) points from (0, 0) to (1, 1).
 */
public final class RocCurve {
    private RocCurve() {
    }

    /** Empty when the pairs lack genuine or impostor pairs (the curve is undefined). */
    public static Optional<Series> of(String name, List<ScoredPair> pairs) {
        double[] genuine = pairs.stream().filter(p -> p.label() == 1).mapToDouble(ScoredPair::distance).toArray();
        double[] impostor = pairs.stream().filter(p -> p.label() != 1).mapToDouble(ScoredPair::distance).toArray();
        if (genuine.length == 0 || impostor.length == 0) {
            return Optional.empty();
        }
        ThresholdSweep sweep = ThresholdSweep.of(genuine, impostor);
        double[] x = new double[sweep.steps() + 1];
        double[] y = new double[sweep.steps() + 1];
        for (int k = 0; k < sweep.steps(); k++) { // point 0: nothing accepted, (0, 0)
            x[k + 1] = (double) sweep.impostorAtOrBelow(k) / impostor.length;
            y[k + 1] = (double) sweep.genuineAtOrBelow(k) / genuine.length;
        }
        return Optional.of(new Series(name, x, y));
    }
}
