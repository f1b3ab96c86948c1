package dev.siamese.train;

import dev.siamese.model.ContrastiveLoss;
import dev.siamese.model.PairBatch;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;

import java.util.List;

/**
 * Loss and accuracy of a network over pairs, in inference mode (no dropout, BatchNorm on running averages).
 * Draws nothing from ND4J's random generator, so evaluating never changes later dropout masks.
 */
final class PairEvaluator {
    static final int CHUNK = 256;

    private PairEvaluator() {
    }

    static PairScore score(SiameseNetwork net, PairTensors tensors, List<ImagePair> pairs, double margin,
                           double threshold) {
        if (pairs.isEmpty()) {
            return PairScore.NONE;
        }
        double loss = 0;
        int correct = 0;
        for (int from = 0; from < pairs.size(); from += CHUNK) {
            List<ImagePair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
            PairBatch batch = tensors.batch(chunk);
            double[] d = net.distances(batch.left(), batch.right());
            for (int i = 0; i < d.length; i++) {
                int label = chunk.get(i).label();
                loss += ContrastiveLoss.pairLoss(d[i], label, margin);
                if ((label == 1) == (d[i] < threshold)) {
                    correct++;
                }
            }
        }
        return new PairScore(loss / pairs.size(), (double) correct / pairs.size());
    }
}
