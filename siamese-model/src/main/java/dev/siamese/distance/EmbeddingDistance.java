package dev.siamese.distance;

import java.util.Locale;

/**
 * How two embeddings are compared: the one rule every caller (training metrics, evaluation, matching,
 * search) uses for the model it has, recorded in the model's {@code siamese.json}. A pair matches when its
 * distance is below the threshold, for every kind ({@link MatchRule}). The network computes the same rules on
 * whole batches ({@code dev.siamese.model.RowDistances}).
 */
public enum EmbeddingDistance {
    /** The seed's distance: {@code sqrt(max(Σ(a−b)², 1e−7))}, on the embeddings as the branch outputs them. */
    EUCLIDEAN,
    /** {@code 1 − cos(a, b)}, from 0 (same direction) to 2 (opposite); for margin-softmax (angular) models. */
    COSINE;

    /** Keras's {@code K.epsilon()}: the floor under the squared Euclidean distance. */
    public static final double EPSILON = 1e-7;
    /** The floor under the product of the two norms of a cosine distance. */
    public static final double NORM_FLOOR = 1e-12;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The distance of two embeddings, in double precision. */
    public double between(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embeddings of different length: " + a.length + " and " + b.length);
        }
        double dot = 0, na = 0, nb = 0, sq = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sq += d * d;
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return of(sq, dot, na, nb);
    }

    /** The same for embeddings already in double precision (training's losses). */
    public double between(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embeddings of different length: " + a.length + " and " + b.length);
        }
        double dot = 0, na = 0, nb = 0, sq = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sq += d * d;
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return of(sq, dot, na, nb);
    }

    /** The distance from the sums: squared difference, dot product and the two squared norms. */
    private double of(double squaredDifference, double dot, double squaredNormA, double squaredNormB) {
        if (this == EUCLIDEAN) {
            return euclidean(squaredDifference);
        }
        return 1.0 - dot / Math.max(Math.sqrt(squaredNormA) * Math.sqrt(squaredNormB), NORM_FLOOR);
    }

    /**
     * The Euclidean distance from its square, {@code sqrt(max(s, 1e−7))}: below the floor it is constant, so a
     * loss on it passes no gradient there, as in TensorFlow.
     */
    public static double euclidean(double squared) {
        return Math.sqrt(Math.max(squared, EPSILON));
    }
}
