package dev.siamese.engine;

import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's pre-activation kept from its training forward pass for its backward pass, which DL4J would
 * otherwise compute again. The copy lives in the activations' workspace (it lasts through the backward pass)
 * and is taken at most once.
 */
final class KeptPreActivation {
    private INDArray kept;
    private long reused;
    private long uncopied;

    /**
     * After a forward pass: keeps a copy of {@code z} when it was a training pass that may keep, else nothing. Under
     * the identity, {@code z} itself: the identity's backward pass returns the incoming gradient and reads no value
     * of {@code z} (only its shape), so it does not matter that {@code z}, the layer's output, may be written over
     * by the layer after it (DL4J lets a layer's only reader modify its input) — one copy of the tensor fewer.
     * Likewise under {@link InPlaceBackpropReLU} with {@code reluOutputKept}: the activation turns {@code z} into
     * {@code relu(z)} in place, and the ReLU's backward pass reads only {@code [z > 0]}, which {@code relu(z)} gives
     * bit for bit, as long as no later layer moves an output value across zero (the caller's promise).
     */
    void afterForward(INDArray z, boolean keep, IActivation activation, boolean reluOutputKept,
            LayerWorkspaceMgr workspaceMgr) {
        if (!keep) {
            kept = null;
        } else if (activation instanceof ActivationIdentity || (reluOutputKept && activation instanceof InPlaceBackpropReLU)) {
            kept = z;
            uncopied++;
        } else {
            kept = workspaceMgr.dup(ArrayType.ACTIVATIONS, z);
        }
    }

    /** The kept pre-activation, once; null when there is none. */
    INDArray take() {
        INDArray z = kept;
        kept = null;
        if (z != null) {
            reused++;
        }
        return z;
    }

    void clear() {
        kept = null;
    }

    /** How many forward passes kept {@code z} itself rather than a copy (for tests). */
    long uncopied() {
        return uncopied;
    }

    /** How many backward passes took a kept pre-activation (for tests). */
    long reused() {
        return reused;
    }
}
