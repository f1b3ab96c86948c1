package dev.siamese.model;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The seed's contrastive loss, computed from the two embeddings of each pair.
 *
 * <p>Input ("pre-output") is {@code [B, 2E]}: the left embedding in columns {@code 0..E-1}, the right one in
 * {@code E..2E-1} (a {@code MergeVertex} of the two branch outputs). Labels are {@code [B, 1]}, 1 for a
 * genuine pair. Per pair: {@code d = sqrt(max(Σ(a−b)², 1e−7))} (Keras's {@code K.epsilon()} floor) and
 * {@code L = y·d² + (1−y)·max(m−d, 0)²}. Below the floor {@code d} is constant, so the gradient there is
 * exactly 0, as in TensorFlow.
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
    /** Keras's {@code K.epsilon()}: the floor under the squared distance. */
    public static final double EPSILON = 1e-7;
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
        return Transforms.sqrt(Transforms.max(squaredDistances(merged), EPSILON, true), false);
    }

    /** The loss of one pair from its distance, in double precision (used for validation). */
    public static double pairLoss(double distance, int label, double margin) {
        double hinge = Math.max(margin - distance, 0);
        return label * distance * distance + (1 - label) * hinge * hinge;
    }

    private static INDArray squaredDistances(INDArray merged) {
        long e = merged.size(1) / 2;
        INDArray diff = difference(merged, e);
        return diff.mul(diff).sum(true, 1);
    }

    private static INDArray difference(INDArray merged, long e) {
        return merged.get(NDArrayIndex.all(), NDArrayIndex.interval(0, e))
                .sub(merged.get(NDArrayIndex.all(), NDArrayIndex.interval(e, 2 * e)));
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray out = activationFn.getActivation(preOutput.dup(), true);
        INDArray d = distances(out);
        INDArray y = labels.castTo(d.dataType());
        INDArray hinge = Transforms.relu(d.rsub(margin), false);
        INDArray score = y.mul(d.mul(d)).addi(y.rsub(1.0).muli(hinge.muli(hinge)));
        if (mask != null) {
            score.muli(mask.reshape(score.shape()).castTo(score.dataType()));
        }
        return score;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray out = activationFn.getActivation(preOutput.dup(), true);
        long e = out.size(1) / 2;
        INDArray diff = difference(out, e);
        INDArray s = diff.mul(diff).sum(true, 1);
        INDArray d = Transforms.sqrt(Transforms.max(s, EPSILON, true), true);
        INDArray y = labels.castTo(d.dataType());
        // dL/dd = 2·y·d − 2·(1−y)·max(m−d, 0)
        INDArray hinge = Transforms.relu(d.rsub(margin), false);
        INDArray dLdd = y.mul(d).subi(y.rsub(1.0).muli(hinge)).muli(2.0);
        // dd/ds = 1/(2d) above the floor, 0 below it (the max passes no gradient to s there)
        INDArray above = s.gte(EPSILON).castTo(d.dataType());
        INDArray dLds = dLdd.divi(d.mul(2.0)).muli(above);
        if (mask != null) {
            dLds.muli(mask.reshape(dLds.shape()).castTo(dLds.dataType()));
        }
        // ds/da = 2(a−b), ds/db = −2(a−b)
        INDArray gradLeft = diff.muliColumnVector(dLds.muli(2.0));
        INDArray dLdOut = Nd4j.concat(1, gradLeft, gradLeft.neg());
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
