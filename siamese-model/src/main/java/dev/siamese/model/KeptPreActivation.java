package dev.siamese.model;

import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's pre-activation kept from its training forward pass for its backward pass, which DL4J would
 * otherwise compute again. The copy lives in the activations' workspace (it lasts through the backward pass)
 * and is taken at most once.
 */
final class KeptPreActivation {
    private INDArray kept;
    private long reused;

    /** After a forward pass: keeps a copy of {@code z} when it was a training pass that may keep, else nothing. */
    void afterForward(INDArray z, boolean keep, LayerWorkspaceMgr workspaceMgr) {
        kept = keep ? workspaceMgr.dup(ArrayType.ACTIVATIONS, z) : null;
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

    /** How many backward passes took a kept pre-activation (for tests). */
    long reused() {
        return reused;
    }
}
