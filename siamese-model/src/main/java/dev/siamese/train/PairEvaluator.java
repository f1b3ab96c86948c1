package dev.siamese.train;

import dev.siamese.model.PairTensors;
import dev.siamese.model.BatchedDistances;
import dev.siamese.distance.PairLoss;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;
import dev.siamese.distance.MatchRule;

import java.util.List;

/**
 * Loss and accuracy of a network over pairs, in inference mode (no dropout, BatchNorm on running averages).
 * Draws nothing from ND4J's random generator, so evaluating never changes later dropout masks.
 */
final class PairEvaluator {
    private PairEvaluator() {
    }

    static PairScore score(SiameseNetwork net, PairTensors tensors, List<ImagePair> pairs, double margin,
                           double threshold) {
        return score(BatchedDistances.of(net, tensors, pairs), pairs, margin, threshold);
    }

    /** The same from the pairs' distances, {@code d[i]} of {@code pairs.get(i)}. */
    static PairScore score(double[] d, List<ImagePair> pairs, double margin, double threshold) {
        if (pairs.isEmpty()) {
            return PairScore.NONE;
        }
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < d.length; i++) {
            int label = pairs.get(i).label();
            loss += PairLoss.contrastive(d[i], label, margin);
            if (MatchRule.judgedRight(d[i], label, threshold)) {
                correct++;
            }
        }
        return new PairScore(loss / pairs.size(), (double) correct / pairs.size());
    }
}
