package dev.siamese.engine;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ReLU whose backward pass is a step mask times the incoming gradient, in place: {@code dL/dz = [z > 0] · ε}.
 * DL4J's {@link ActivationReLU} runs libnd4j's {@code relu_bp}, which calls a {@code std::function} per element,
 * more than twice as slow on the matcher branch's first stage (figures: its commit message;
 * src/site/markdown/performance.md). The forward pass is DL4J's.
 * Same values bit for bit (a product with 1 or 0); like DL4J's tanh and sigmoid, the pre-activation passed in
 * becomes the gradient.
 */
public final class InPlaceBackpropReLU extends ActivationReLU {
    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        Nd4j.exec(new Step(in, in, 0.0));
        return new Pair<>(in.muli(epsilon), null);
    }
}
