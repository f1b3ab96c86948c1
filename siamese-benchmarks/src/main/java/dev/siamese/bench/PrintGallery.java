package dev.siamese.bench;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.match.Gallery;
import dev.siamese.match.GalleryEntry;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A gallery of {@code size} templates with the structure of a matcher's embeddings of prints, for timing 1:N
 * search at sizes no machine here embeds. Of each finger of {@link PrintEmbeddings}, every impression but the
 * first is enrolled (its real template) and the first is kept as a probe. The remaining rows are fingers drawn
 * from Gaussians fitted to the real ones: a finger's centre from the mean and covariance of the real fingers'
 * centres (the mean of their impressions), each of its impressions around that centre with the pooled
 * within-finger covariance of the real impressions (corrected for the centre's being estimated), as many
 * impressions a finger as the real ones enrol. Rows are shuffled from the seed, so that real and drawn fingers
 * mix in the gallery's order (the graph index is built in that order).
 *
 * @param gallery     real rows first identified {@code real-F}, drawn ones {@code drawn-F}
 * @param probes      one unenrolled impression of each real finger
 * @param realRows    enrolled real templates
 * @param drawnFingers fingers drawn from the fitted Gaussians
 * @param check        mean genuine and impostor distances of real and of drawn fingers, to compare
 */
record PrintGallery(Gallery gallery, List<float[]> probes, int realRows, int drawnFingers, Check check) {
    /** Fingers each side of {@link Check}. */
    private static final int CHECKED = 500;

    /** Mean distances by the rule: impression 1 against 2 of a finger (genuine), of finger f against f + 1. */
    record Check(double realGenuine, double realImpostor, double drawnGenuine, double drawnImpostor) {
    }

    static PrintGallery of(PrintEmbeddings real, EmbeddingDistance distance, int size, long seed) {
        int e = real.dimensions();
        int fingers = real.fingers().size();
        int perFinger = real.fingers().get(0).size() - 1;
        if (perFinger < 1) {
            throw new IllegalArgumentException("at least 2 impressions a finger: one enrolled, one probe");
        }
        int realRows = fingers * perFinger;
        if (size < realRows) {
            throw new IllegalArgumentException("a gallery of " + size + " is smaller than the " + realRows
                    + " real templates");
        }
        double[][] centres = new double[fingers][];
        List<double[]> residuals = new ArrayList<>();
        for (int f = 0; f < fingers; f++) {
            List<float[]> impressions = real.fingers().get(f);
            double[] c = new double[e];
            for (float[] t : impressions) {
                for (int j = 0; j < e; j++) {
                    c[j] += t[j] / (double) impressions.size();
                }
            }
            centres[f] = c;
            for (float[] t : impressions) {
                double[] r = new double[e];
                for (int j = 0; j < e; j++) {
                    r[j] = t[j] - c[j];
                }
                residuals.add(r);
            }
        }
        int impressions = perFinger + 1;
        double[] mean = mean(List.of(centres), e);
        float[][] centreFactor = choleskyColumns(covariance(List.of(centres), mean, 1.0));
        // residuals about a finger's own mean have (I − 1) / I of the within-finger variance
        float[][] withinFactor = choleskyColumns(covariance(residuals, new double[e], impressions / (impressions - 1.0)));

        int drawnRows = size - realRows;
        int drawnFingers = (drawnRows + perFinger - 1) / perFinger;
        float[] values = new float[Math.multiplyExact(size, e)];
        int[] identity = new int[size]; // ≥ 0: real finger; < 0: drawn finger −1 − identity
        int[] order = permutation(size, new Random(seed));
        for (int f = 0; f < fingers; f++) {
            for (int i = 0; i < perFinger; i++) {
                int row = order[f * perFinger + i];
                System.arraycopy(real.fingers().get(f).get(i + 1), 0, values, row * e, e);
                identity[row] = f;
            }
        }
        Drawn drawn = new Drawn(mean, centreFactor, withinFactor, seed);
        IntStream.range(0, drawnFingers).parallel().forEach(f -> {
            List<float[]> finger = drawn.finger(f, Math.min(perFinger, drawnRows - f * perFinger));
            for (int i = 0; i < finger.size(); i++) {
                int row = order[realRows + f * perFinger + i];
                System.arraycopy(finger.get(i), 0, values, row * e, e);
                identity[row] = -1 - f;
            }
        });
        Check check = check(distance, Math.min(CHECKED, Math.min(fingers, drawnFingers) - 1),
                f -> real.fingers().get(f), f -> drawn.finger(f, 2));
        List<GalleryEntry> entries = new AbstractList<>() { // no million records for a benchmark
            @Override
            public GalleryEntry get(int i) {
                String id = identity[i] >= 0 ? "real-" + identity[i] : "drawn-" + (-1 - identity[i]);
                return new GalleryEntry(id, id + "#" + i);
            }

            @Override
            public int size() {
                return size;
            }
        };
        List<float[]> probes = real.fingers().stream().map(impressionsOf -> impressionsOf.get(0)).toList();
        return new PrintGallery(Gallery.ofFloats("bench", distance, e, entries, values), probes, realRows,
                drawnFingers, check);
    }

    /** Fingers drawn from the fitted Gaussians; finger f from its own seed, whichever thread draws it. */
    private record Drawn(double[] mean, float[][] centreFactor, float[][] withinFactor, long seed) {
        List<float[]> finger(int f, int impressions) {
            Random random = new Random(seed * 1_000_003L + f);
            float[] centre = draw(mean, centreFactor, random);
            double[] zero = new double[mean.length];
            List<float[]> out = new ArrayList<>(impressions);
            for (int i = 0; i < impressions; i++) {
                float[] t = draw(zero, withinFactor, random);
                for (int j = 0; j < t.length; j++) {
                    t[j] += centre[j];
                }
                out.add(t);
            }
            return out;
        }
    }

    private static Check check(EmbeddingDistance distance, int fingers, IntFunction<List<float[]>> real,
                               IntFunction<List<float[]>> drawn) {
        double[] sums = new double[4];
        for (int f = 0; f < fingers; f++) {
            List<float[]> a = real.apply(f);
            List<float[]> b = real.apply(f + 1);
            List<float[]> c = drawn.apply(f);
            List<float[]> d = drawn.apply(f + 1);
            sums[0] += distance.between(a.get(1), a.get(2));
            sums[1] += distance.between(a.get(1), b.get(1));
            sums[2] += distance.between(c.get(0), c.get(1));
            sums[3] += distance.between(c.get(0), d.get(0));
        }
        return new Check(sums[0] / fingers, sums[1] / fingers, sums[2] / fingers, sums[3] / fingers);
    }

    /** The identity of a probe: the real finger it was taken from. */
    static String probeIdentity(int probe) {
        return "real-" + probe;
    }

    private static double[] mean(List<double[]> rows, int e) {
        double[] m = new double[e];
        for (double[] r : rows) {
            for (int j = 0; j < e; j++) {
                m[j] += r[j] / rows.size();
            }
        }
        return m;
    }

    private static double[][] covariance(List<double[]> rows, double[] mean, double factor) {
        int e = mean.length;
        double[][] c = new double[e][e];
        for (double[] r : rows) {
            for (int a = 0; a < e; a++) {
                double da = r[a] - mean[a];
                for (int b = 0; b <= a; b++) {
                    c[a][b] += da * (r[b] - mean[b]);
                }
            }
        }
        double trace = 0;
        for (int a = 0; a < e; a++) {
            for (int b = 0; b <= a; b++) {
                c[a][b] *= factor / (rows.size() - 1);
                c[b][a] = c[a][b];
            }
            trace += c[a][a];
        }
        for (int a = 0; a < e; a++) {
            c[a][a] += 1e-9 * trace / e; // positive definite where a direction has no spread at all
        }
        return c;
    }

    /** The Cholesky factor L (covariance = L Lᵀ) stored column by column: {@code out[j][i] = L[i][j]}. */
    private static float[][] choleskyColumns(double[][] covariance) {
        RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(covariance, false), 1e-12, 1e-15).getL();
        int e = covariance.length;
        float[][] out = new float[e][e];
        for (int i = 0; i < e; i++) {
            for (int j = 0; j <= i; j++) {
                out[j][i] = (float) l.getEntry(i, j);
            }
        }
        return out;
    }

    /** mean + L z, z standard normal. */
    private static float[] draw(double[] mean, float[][] columns, Random random) {
        int e = mean.length;
        float[] out = new float[e];
        for (int j = 0; j < e; j++) {
            float z = (float) random.nextGaussian();
            float[] column = columns[j];
            for (int i = j; i < e; i++) {
                out[i] += column[i] * z;
            }
        }
        for (int i = 0; i < e; i++) {
            out[i] += (float) mean[i];
        }
        return out;
    }

    private static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
