package dev.siamese.report;

import dev.siamese.results.PairScores.ScoredPair;
import dev.siamese.distance.MatchRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which pairs the report shows: the worst-misjudged first (farthest on the wrong side of the threshold),
 * then right ones, genuine and impostor in turn, closest to the threshold first (the informative ones).
 */
public final class SamplePairs {
    private SamplePairs() {
    }

    /** A genuine pair is judged right when its distance is below the threshold, an impostor when it is not. */
    public static boolean right(ScoredPair p, double threshold) {
        return MatchRule.judgedRight(p.distance(), p.label(), threshold);
    }

    /** @param max how many pairs at most; at least a third of them right ones when there are enough */
    public static List<ScoredPair> select(List<ScoredPair> pairs, double threshold, int max) {
        Comparator<ScoredPair> byMargin = Comparator.comparingDouble(p -> Math.abs(p.distance() - threshold));
        List<ScoredPair> wrong = pairs.stream().filter(p -> !right(p, threshold)).sorted(byMargin.reversed()).toList();
        List<ScoredPair> genuine = pairs.stream().filter(p -> right(p, threshold) && p.label() == 1).sorted(byMargin).toList();
        List<ScoredPair> impostor = pairs.stream().filter(p -> right(p, threshold) && p.label() != 1).sorted(byMargin).toList();
        int rightCount = Math.min(genuine.size() + impostor.size(), Math.max(max / 3, max - wrong.size()));
        List<ScoredPair> out = new ArrayList<>(wrong.subList(0, Math.min(wrong.size(), max - rightCount)));
        for (int i = 0; out.size() < max && (i < genuine.size() || i < impostor.size()); i++) {
            if (i < genuine.size()) {
                out.add(genuine.get(i));
            }
            if (i < impostor.size() && out.size() < max) {
                out.add(impostor.get(i));
            }
        }
        return out;
    }
}
