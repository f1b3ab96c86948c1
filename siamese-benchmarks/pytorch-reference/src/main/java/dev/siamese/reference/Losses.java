package dev.siamese.reference;

import ai.djl.ndarray.NDArray;

/** The losses siamese-model trains with (ContrastiveLoss, MarginSoftmaxLoss), in NDArray operations. */
final class Losses {
    private Losses() {
    }

    /**
     * Contrastive loss over a stacked batch (left images first): d = sqrt(max(Σ(a−b)², 1e−7)),
     * mean of y·d² + (1 − y)·max(m − d, 0)².
     */
    static NDArray contrastive(NDArray embeddings, NDArray genuine, int pairs, float margin) {
        NDArray left = embeddings.get("0:" + pairs);
        NDArray right = embeddings.get(pairs + ":");
        NDArray squared = left.sub(right).square().sum(new int[] {1});
        NDArray d = squared.maximum(1e-7f).sqrt();
        NDArray impostor = d.neg().add(margin).maximum(0f).square();
        return genuine.mul(d.square()).add(genuine.neg().add(1f).mul(impostor)).mean();
    }

    /** CosFace: softmax cross-entropy of s·(cos θ − m·onehot) over the cosines the head computed. */
    static NDArray cosFace(NDArray cosines, NDArray labels, int classes, float scale, float margin) {
        NDArray onehot = labels.oneHot(classes);
        NDArray logits = cosines.sub(onehot.mul(margin)).mul(scale);
        return logits.logSoftmax(1).mul(onehot).sum(new int[] {1}).neg().mean();
    }
}
