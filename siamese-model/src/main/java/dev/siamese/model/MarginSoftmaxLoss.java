package dev.siamese.model;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Additive-margin softmax cross-entropy over the training fingers: CosFace ({@code arcface = false}) and
 * ArcFace.
 *
 * <p>Input ("pre-output") is {@code [B, C]}: the cosine of each image's L2-normalised embedding with each
 * finger's unit-norm class weight (see {@link SiameseGraphFactory}); labels are one-hot {@code [B, C]}. The
 * target cosine {@code c = cos θ} is replaced by {@code c − m} (CosFace) or {@code cos(θ + m)} (ArcFace; where
 * {@code θ + m > π} the monotone continuation {@code c − m·sin m} is used, as the reference implementation),
 * every logit is scaled by {@code s}, and the loss is the softmax cross-entropy, {@code −log p_target},
 * plus an optional center term {@code λ·(1 − c)}: with unit-norm embedding {@code x} and class weight
 * {@code w} that is {@code λ·½‖x − w‖²}, the center loss of Wen et al. (ECCV 2016) with the class weights
 * as the centers, pulling each image towards its own finger's, where the margin only asks it to be nearer
 * that finger than the others.
 *
 * <p>Gradient with respect to the cosines: {@code s·(p − y)} on every class, the target's multiplied by the
 * derivative of the margin function ({@code 1} for CosFace; {@code cos m + sin m · c / sqrt(1 − c²)} for
 * ArcFace), and {@code −λ} more on the target. As for {@link ContrastiveLoss}, {@link #computeScore} averages over the batch and
 * {@link #computeGradient} returns per-example gradients that DL4J divides by the batch size.
 */
public class MarginSoftmaxLoss extends MeanOverBatchLoss {
    private static final long serialVersionUID = 1L;
    private static final double CLAMP = 1 - 1e-7;

    private double scale = 30;
    private double margin = 0.35;
    private boolean arcface;
    private double center;

    /** CosFace with s = 30, m = 0.35; for deserialisation. */
    public MarginSoftmaxLoss() {
    }

    public MarginSoftmaxLoss(double scale, double margin, boolean arcface) {
        this(scale, margin, arcface, 0);
    }

    /** With the center term's weight {@code center} (λ, 0 for none). */
    public MarginSoftmaxLoss(double scale, double margin, boolean arcface, double center) {
        this.scale = scale;
        this.margin = margin;
        this.arcface = arcface;
        this.center = center;
    }

    public double getCenter() {
        return center;
    }

    public void setCenter(double center) {
        this.center = center;
    }

    public double getScale() {
        return scale;
    }

    public void setScale(double scale) {
        this.scale = scale;
    }

    public double getMargin() {
        return margin;
    }

    public void setMargin(double margin) {
        this.margin = margin;
    }

    public boolean isArcface() {
        return arcface;
    }

    public void setArcface(boolean arcface) {
        this.arcface = arcface;
    }

    /** The target cosine after the margin, per row {@code [B, 1]}, from the target cosines {@code c}. */
    private INDArray marginTarget(INDArray c) {
        if (!arcface) {
            return c.sub(margin);
        }
        INDArray clamped = Transforms.min(Transforms.max(c, -CLAMP, true), CLAMP, false);
        INDArray sin = Transforms.sqrt(clamped.mul(clamped).rsubi(1.0), false);
        INDArray arc = clamped.mul(Math.cos(margin)).subi(sin.muli(Math.sin(margin)));
        INDArray fallback = c.sub(margin * Math.sin(margin));
        INDArray inRange = c.gt(Math.cos(Math.PI - margin)).castTo(c.dataType());
        return arc.muli(inRange).addi(fallback.muli(inRange.rsub(1.0)));
    }

    /** d(margin target)/dc per row. */
    private INDArray marginSlope(INDArray c) {
        if (!arcface) {
            return Nd4j.onesLike(c);
        }
        INDArray clamped = Transforms.min(Transforms.max(c, -CLAMP, true), CLAMP, false);
        INDArray sin = Transforms.sqrt(clamped.mul(clamped).rsubi(1.0), false);
        INDArray slope = clamped.div(sin).muli(Math.sin(margin)).addi(Math.cos(margin));
        INDArray inRange = c.gt(Math.cos(Math.PI - margin)).castTo(c.dataType());
        return slope.muli(inRange).addi(inRange.rsub(1.0));
    }

    /** Softmax probabilities {@code [B, C]} of the scaled, margin-adjusted logits, and the target cosines. */
    private INDArray[] forward(INDArray labels, INDArray cosines) {
        INDArray y = labels.castTo(cosines.dataType());
        INDArray target = cosines.mul(y).sum(true, 1);
        INDArray adjusted = cosines.add(y.mulColumnVector(marginTarget(target).subi(target)));
        INDArray logits = adjusted.muli(scale);
        INDArray shifted = logits.subColumnVector(logits.max(true, 1));
        INDArray exp = Transforms.exp(shifted, true);
        INDArray sum = exp.sum(true, 1);
        INDArray logSumExp = Transforms.log(sum, true);
        INDArray p = exp.diviColumnVector(sum);
        INDArray nll = logSumExp.subi(shifted.mul(y).sum(true, 1));
        if (center != 0) {
            nll.addi(target.rsub(1.0).muli(center));
        }
        return new INDArray[] {p, target, nll};
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray cosines = activationFn.getActivation(preOutput.dup(), true);
        INDArray nll = forward(labels, cosines)[2];
        if (mask != null) {
            nll.muli(mask.reshape(nll.shape()).castTo(nll.dataType()));
        }
        return nll;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray cosines = activationFn.getActivation(preOutput.dup(), true);
        INDArray[] f = forward(labels, cosines);
        INDArray y = labels.castTo(cosines.dataType());
        // dL/d(adjusted) = s·(p − y); the target column also passes through the margin function.
        INDArray grad = f[0].subi(y).muli(scale);
        INDArray slope = marginSlope(f[1]).subi(1.0); // extra factor on the target column
        grad.addi(y.mulColumnVector(grad.mul(y).sum(true, 1).muli(slope)));
        if (center != 0) {
            grad.subi(y.mul(center));
        }
        if (mask != null) {
            grad.muliColumnVector(mask.reshape(grad.size(0), 1).castTo(grad.dataType()));
        }
        return activationFn.backprop(preOutput.dup(), grad).getFirst();
    }

    @Override
    public String toString() {
        return (arcface ? "ArcFace" : "CosFace") + "(s=" + scale + ", m=" + margin
                + (center != 0 ? ", center=" + center : "") + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarginSoftmaxLoss l && Double.compare(l.scale, scale) == 0
                && Double.compare(l.margin, margin) == 0 && l.arcface == arcface
                && Double.compare(l.center, center) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(scale) * 31 + Double.hashCode(margin) * 7 + Double.hashCode(center) * 3
                + (arcface ? 1 : 0);
    }
}
