package dev.siamese.eval;

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
