package dev.siamese.train;

import dev.siamese.data.GrayImage;
import java.util.ArrayList;

import dev.siamese.model.PairBatch;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PreparedDataset;

import java.util.List;

/**
 * The one batched scoring of pairs by a network: distances in inference mode (no dropout, BatchNorm on
 * running averages), {@value #CHUNK} pairs per forward pass. Training's per-epoch figures and evaluation
 * both score through here.
 */
public final class BatchedDistances {
    static final int CHUNK = 256;

    private BatchedDistances() {
    }

    /**
     * The distances of {@code pairs} of {@code data}, in their order. A network trained by finger embeds
     * each distinct image once (a pair graph has to see both images of a pair together).
     */
    public static double[] of(SiameseNetwork net, PreparedDataset data, List<ImagePair> pairs) {
        if (pairs.isEmpty()) {
            return new double[0];
        }
        if (net.metadata().byIdentity()) {
            List<GrayImage> left = new ArrayList<>(pairs.size());
            List<GrayImage> right = new ArrayList<>(pairs.size());
            for (ImagePair p : pairs) {
                left.add(data.images().get(p.left()).image());
                right.add(data.images().get(p.right()).image());
            }
            return net.distances(left, right);
        }
        return of(net, new PairTensors(data, net.metadata().layout()), pairs);
    }

    static double[] of(SiameseNetwork net, PairTensors tensors, List<ImagePair> pairs) {
        double[] distances = new double[pairs.size()];
        for (int from = 0; from < pairs.size(); from += CHUNK) {
            List<ImagePair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
            try (PairBatch batch = tensors.batch(chunk)) {
                double[] d = net.distances(batch.left(), batch.right());
                System.arraycopy(d, 0, distances, from, d.length);
            }
        }
        return distances;
    }
}
