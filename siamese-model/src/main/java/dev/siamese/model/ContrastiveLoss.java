package dev.siamese.model;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.distance.PairLoss;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The seed's contrastive loss, computed from the two embeddings of each pair.
 *
 * <p>Input ("pre-output") is {@code [B, 2E]}: the left embedding in columns {@code 0..E-1}, the right one in
 * {@code E..2E-1} (a {@code MergeVertex} of the two branch outputs). Labels are {@code [B, 1]}, 1 for a
 * genuine pair. Per pair: {@link EmbeddingDistance#euclidean} of the squared difference (Keras's
 * {@code K.epsilon()} floor) and {@link PairLoss#contrastive}. Below the floor {@code d} is constant, so the
 * gradient there is exactly 0, as in TensorFlow.
 *
 * <p>Why a loss function on the embeddings rather than a distance vertex and a loss on the distance:
 * DL4J has no vertex for this distance ({@code L2Vertex} has no floor), and a custom vertex needs two
 * serialisable classes (configuration and implementation) plus its own backprop plumbing. A loss function is
 * one class, serialised by DL4J's Jackson as {@code {"@class": ..., "margin": ...}} (public no-arg
 * constructor, getters, setters), and gets the gradient with respect to both embeddings in one place.
 *
 * <p>Normalisation: {@link #computeScore} with {@code average} is the mean over the B pairs, as Keras
 * reports it; {@link #computeGradient} returns per-pair gradients that DL4J's updater divides by the
 * mini-batch size, which for a {@code ComputationGraph} is the size of the first input: B pairs, not the 2B
 * images of the stacked branch (checked by a test).
 */
public class ContrastiveLoss extends MeanOverBatchLoss {
    private static final long serialVersionUID = 1L;

    private double margin = 1.0;

    /** Margin 1, as the seed; for deserialisation. */
    public ContrastiveLoss() {
    }

    public ContrastiveLoss(double margin) {
        this.margin = margin;
    }

    public double getMargin() {
        return margin;
    }

    public void setMargin(double margin) {
        this.margin = margin;
    }

    /** The distance per pair, {@code [B, 1]}, from merged embeddings {@code [B, 2E]}. */
    public static INDArray distances(INDArray merged) {
        Pairs p = new Pairs(merged);
        double[] d = new double[p.count];
        for (int i = 0; i < p.count; i++) {
            d[i] = EmbeddingDistance.euclidean(p.squaredDistance(i));
        }
        return Nd4j.create(d, new long[]{p.count, 1}, 'c').castTo(merged.dataType());
    }

    /**
     * The merged embeddings on the heap, in double precision: a batch's few thousand numbers, for which each of
     * the twenty-odd whole-array ops the loss took before cost more in call overhead than in arithmetic.
     */
    private static final class Pairs {
        final int count;
        final int width;
        final double[] values;
        /** Whether the network computes in single precision (training), not double (gradient checks). */
        final boolean single;

        Pairs(INDArray merged) {
            count = (int) merged.size(0);
            width = (int) merged.size(1) / 2;
            values = doubles(merged);
            single = merged.dataType() != DataType.DOUBLE;
        }

        double difference(int pair, int k) {
            int row = pair * 2 * width;
            return values[row + k] - values[row + width + k];
        }

        /**
         * Rounded to the network's precision: a squared distance that a float network cannot hold overflows, as
         * in float arithmetic, so a diverging run's loss is not finite.
         */
        double squaredDistance(int pair) {
            double s = 0;
            for (int k = 0; k < width; k++) {
                double diff = difference(pair, k);
                s += diff * diff;
            }
            return single ? (float) s : s;
        }
    }

    /** The elements of {@code a} in c order, as doubles. */
    private static double[] doubles(INDArray a) {
        return a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        Pairs p = new Pairs(activationFn.getActivation(preOutput.dup(), true));
        double[] y = doubles(labels);
        double[] m = mask == null ? null : doubles(mask);
        double[] score = new double[p.count];
        for (int i = 0; i < p.count; i++) {
            score[i] = PairLoss.contrastive(EmbeddingDistance.euclidean(p.squaredDistance(i)), y[i], margin) * (m == null ? 1 : m[i]);
        }
        return Nd4j.create(score, new long[]{p.count, 1}, 'c').castTo(preOutput.dataType());
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        Pairs p = new Pairs(activationFn.getActivation(preOutput.dup(), true));
        double[] y = doubles(labels);
        double[] m = mask == null ? null : doubles(mask);
        double[] gradient = new double[p.count * 2 * p.width];
        for (int i = 0; i < p.count; i++) {
            double s = p.squaredDistance(i);
            if (s < EmbeddingDistance.EPSILON) {
                continue; // below the floor d is constant: no gradient (the max passes none to s)
            }
            double d = EmbeddingDistance.euclidean(s);
            double hinge = Math.max(margin - d, 0);
            double dLdd = 2 * y[i] * d - 2 * (1 - y[i]) * hinge;
            double dLds = dLdd / (2 * d) * (m == null ? 1 : m[i]);
            int row = i * 2 * p.width;
            for (int k = 0; k < p.width; k++) { // ds/da = 2(a−b), ds/db = −2(a−b)
                double g = 2 * dLds * p.difference(i, k);
                gradient[row + k] = g;
                gradient[row + p.width + k] = -g;
            }
        }
        INDArray dLdOut = Nd4j.create(gradient, preOutput.shape(), 'c').castTo(preOutput.dataType());
        return activationFn.backprop(preOutput.dup(), dLdOut).getFirst();
    }

    @Override
    public String toString() {
        return "ContrastiveLoss(margin=" + margin + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContrastiveLoss c && Double.compare(c.margin, margin) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(margin);
    }
}
