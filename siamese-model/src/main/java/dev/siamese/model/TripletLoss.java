package dev.siamese.model;

import dev.siamese.distance.EmbeddingDistance;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The triplet loss with in-batch mining, on L2-normalised embeddings.
 *
 * <p>Input ("pre-output") is {@code [B, E]}: the batch's embeddings; labels are one-hot {@code [B, C]} over
 * the training fingers (only which rows share a finger matters). Distances are
 * {@code d = sqrt(max(Σ(a−b)², 1e−7))}, the rule of {@link EmbeddingDistance#EUCLIDEAN}. The score of anchor
 * {@code a} is
 * <ul>
 *   <li>batch-hard: {@code max(0, max_p d(a,p) − min_n d(a,n) + m)};</li>
 *   <li>semi-hard: the mean over its positives {@code p} of {@code max(0, d(a,p) − d(a,n) + m)}, where
 *       {@code n} is the nearest negative farther than {@code p}, or where none is, the farthest negative
 *       (as TensorFlow Addons' {@code triplet_semihard_loss}).</li>
 * </ul>
 * An anchor without a positive or a negative in the batch scores 0. The chosen triplets are treated as fixed
 * (the mining is not differentiated), and every term's gradient reaches all three of its embeddings, so
 * {@link #computeGradient} returns the gradient of the <em>sum</em> of the anchors' scores; DL4J divides it by
 * the batch size, matching the mean that {@link #computeScore} reports. Computed in double precision on the
 * heap: B ≤ a few hundred, and the B×B distances cost less than one convolution.
 */
public class TripletLoss extends MeanOverBatchLoss {
    private static final long serialVersionUID = 1L;

    private double margin = 0.2;
    private boolean semiHard;

    /** Batch-hard, margin 0.2; for deserialisation. */
    public TripletLoss() {
    }

    public TripletLoss(double margin, boolean semiHard) {
        this.margin = margin;
        this.semiHard = semiHard;
    }

    public double getMargin() {
        return margin;
    }

    public void setMargin(double margin) {
        this.margin = margin;
    }

    public boolean isSemiHard() {
        return semiHard;
    }

    public void setSemiHard(boolean semiHard) {
        this.semiHard = semiHard;
    }

    /** Per-anchor scores and, when {@code gradient} is non-null, the gradient of their sum into it. */
    private double[] scores(int[] finger, double[][] e, double[][] gradient) {
        int n = e.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = d[j][i] = EmbeddingDistance.EUCLIDEAN.between(e[i], e[j]);
            }
        }
        double[] score = new double[n];
        for (int a = 0; a < n; a++) {
            if (semiHard) {
                score[a] = semiHard(a, finger, d, e, gradient);
            } else {
                score[a] = batchHard(a, finger, d, e, gradient);
            }
        }
        return score;
    }

    private double batchHard(int a, int[] finger, double[][] d, double[][] e, double[][] gradient) {
        int positive = -1;
        int negative = -1;
        for (int j = 0; j < d.length; j++) {
            if (j == a) {
                continue;
            }
            if (finger[j] == finger[a]) {
                if (positive < 0 || d[a][j] > d[a][positive]) {
                    positive = j;
                }
            } else if (negative < 0 || d[a][j] < d[a][negative]) {
                negative = j;
            }
        }
        if (positive < 0 || negative < 0) {
            return 0;
        }
        return term(a, positive, negative, 1.0, d, e, gradient);
    }

    private double semiHard(int a, int[] finger, double[][] d, double[][] e, double[][] gradient) {
        int positives = 0;
        for (int p = 0; p < d.length; p++) {
            if (p != a && finger[p] == finger[a]) {
                positives++;
            }
        }
        double sum = 0;
        for (int p = 0; p < d.length && positives > 0; p++) {
            if (p == a || finger[p] != finger[a]) {
                continue;
            }
            int outside = -1;
            int farthest = -1;
            for (int j = 0; j < d.length; j++) {
                if (finger[j] == finger[a]) {
                    continue;
                }
                if (d[a][j] > d[a][p] && (outside < 0 || d[a][j] < d[a][outside])) {
                    outside = j;
                }
                if (farthest < 0 || d[a][j] > d[a][farthest]) {
                    farthest = j;
                }
            }
            int negative = outside >= 0 ? outside : farthest;
            if (negative >= 0) {
                sum += term(a, p, negative, 1.0 / positives, d, e, gradient);
            }
        }
        return sum;
    }

    /** {@code weight·max(0, d(a,p) − d(a,n) + m)}, its gradient added into {@code gradient}. */
    private double term(int a, int p, int n, double weight, double[][] d, double[][] e, double[][] gradient) {
        double hinge = d[a][p] - d[a][n] + margin;
        if (hinge <= 0) {
            return 0;
        }
        if (gradient != null) {
            addDistanceGradient(a, p, weight, d[a][p], e, gradient);
            addDistanceGradient(a, n, -weight, d[a][n], e, gradient);
        }
        return weight * hinge;
    }

    /** Adds {@code weight·∂d(i,j)/∂e} to the rows of i and j; below the floor d is constant. */
    private static void addDistanceGradient(int i, int j, double weight, double distance, double[][] e,
                                            double[][] gradient) {
        if (distance * distance <= EmbeddingDistance.EPSILON) {
            return;
        }
        for (int k = 0; k < e[i].length; k++) {
            double g = weight * (e[i][k] - e[j][k]) / distance;
            gradient[i][k] += g;
            gradient[j][k] -= g;
        }
    }

    private static int[] fingers(INDArray labels) {
        return labels.argMax(1).toIntVector();
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray out = activationFn.getActivation(preOutput.dup(), false);
        double[] score = scores(fingers(labels), out.castTo(DataType.DOUBLE).toDoubleMatrix(), null);
        INDArray result = Nd4j.createFromArray(score).reshape(score.length, 1).castTo(preOutput.dataType());
        if (mask != null) {
            result.muli(mask.reshape(result.shape()).castTo(result.dataType()));
        }
        return result;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray out = activationFn.getActivation(preOutput.dup(), true);
        double[][] e = out.castTo(DataType.DOUBLE).toDoubleMatrix();
        double[][] gradient = new double[e.length][e.length == 0 ? 0 : e[0].length];
        scores(fingers(labels), e, gradient);
        INDArray grad = Nd4j.createFromArray(gradient).castTo(preOutput.dataType());
        if (mask != null) {
            grad.muliColumnVector(mask.reshape(grad.size(0), 1).castTo(grad.dataType()));
        }
        return activationFn.backprop(preOutput.dup(), grad).getFirst();
    }

    @Override
    public String toString() {
        return "Triplet(m=" + margin + (semiHard ? ", semi-hard)" : ", batch-hard)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TripletLoss l && Double.compare(l.margin, margin) == 0 && l.semiHard == semiHard;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(margin) * 31 + (semiHard ? 1 : 0);
    }
}
