package dev.siamese.distance;

import java.util.Locale;
import java.util.function.IntToDoubleFunction;

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

    /** The distance of two embeddings, in double precision (their difference in the embeddings' float). */
    public double between(float[] a, float[] b) {
        requireSameLength(a.length, b.length);
        return of(a.length, i -> a[i] - b[i], i -> a[i], i -> b[i]);
    }

    /** The same for embeddings already in double precision (training's losses). */
    public double between(double[] a, double[] b) {
        requireSameLength(a.length, b.length);
        return of(a.length, i -> a[i] - b[i], i -> a[i], i -> b[i]);
    }

    private static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("embeddings of different length: " + a + " and " + b);
        }
    }

    /** The distance of {@code n} components given by their difference and their two values. */
    private double of(int n, IntToDoubleFunction difference, IntToDoubleFunction left, IntToDoubleFunction right) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double d = difference.applyAsDouble(i);
            double l = left.applyAsDouble(i);
            double r = right.applyAsDouble(i);
            sq += d * d;
            dot += l * r;
            na += l * l;
            nb += r * r;
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
