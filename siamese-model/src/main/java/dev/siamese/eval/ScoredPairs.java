package dev.siamese.eval;

import dev.siamese.pairs.ImagePair;

import java.util.List;

/**
 * The distances a network gave to labelled pairs; label 1 = genuine (same finger), 0 = impostor.
 * Smaller distance = more alike.
 */
public record ScoredPairs(double[] distances, int[] labels) {
    public ScoredPairs {
        if (distances.length != labels.length) {
            throw new IllegalArgumentException(distances.length + " distances for " + labels.length + " labels");
        }
    }

    /** The distances of {@code pairs}, {@code distances[i]} of {@code pairs.get(i)}, labelled as those pairs are. */
    public static ScoredPairs of(double[] distances, List<ImagePair> pairs) {
        return new ScoredPairs(distances, pairs.stream().mapToInt(ImagePair::label).toArray());
    }

    public int size() {
        return distances.length;
    }

    double[] ofLabel(int label) {
        int n = 0;
        for (int l : labels) {
            n += l == label ? 1 : 0;
        }
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                out[k++] = distances[i];
            }
        }
        return out;
    }
}
