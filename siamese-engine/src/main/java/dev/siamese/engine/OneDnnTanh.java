package dev.siamese.engine;

import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * tanh whose forward pass runs libnd4j's declarable {@code tanh} op, which the oneDNN native builds execute as a
 * oneDNN eltwise kernel; DL4J's {@link ActivationTanH} runs the legacy transform instead, element by element
 * through {@code powf}, ~5× slower on the same array. The backward pass is DL4J's own ({@code tanh_bp}, already
 * a declarable op). Builds without oneDNN run the op's generic kernel, the legacy arithmetic. Results agree with
 * {@link ActivationTanH}'s to about one ulp, not bit for bit.
 */
public final class OneDnnTanh extends ActivationTanH {
    private static final String OP = "tanh";

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        Nd4j.exec(DynamicCustomOp.builder(OP).addInputs(in).addOutputs(in).build());
        return in;
    }
}
