package dev.siamese.report;

import dev.siamese.results.PairScores.ScoredPair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The ROC curve of distances: a pair is accepted as a match when its distance is at most the threshold;
 * sweeping the threshold over every observed distance gives (false match rate, true match rate) points
 * from (0, 0) to (1, 1).
 */
public final class RocCurve {
    private RocCurve() {
    }

    /** Empty when the pairs lack genuine or impostor pairs (the curve is undefined). */
    public static Optional<Series> of(String name, List<ScoredPair> pairs) {
        long genuine = pairs.stream().filter(p -> p.label() == 1).count();
        long impostor = pairs.size() - genuine;
        if (genuine == 0 || impostor == 0) {
            return Optional.empty();
        }
        List<ScoredPair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingDouble(ScoredPair::distance));
        List<double[]> points = new ArrayList<>();
        points.add(new double[]{0, 0});
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).label() == 1) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTies = i + 1 == sorted.size() || sorted.get(i + 1).distance() != sorted.get(i).distance();
            if (lastOfTies) {
                points.add(new double[]{(double) fp / impostor, (double) tp / genuine});
            }
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        return Optional.of(new Series(name, x, y));
    }
}
