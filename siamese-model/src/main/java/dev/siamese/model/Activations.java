package dev.siamese.model;

import dev.siamese.engine.GraphParts;
import dev.siamese.spec.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationGELU;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationSELU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftPlus;
import org.nd4j.linalg.activations.impl.ActivationSoftSign;
import org.nd4j.linalg.activations.impl.ActivationSwish;

/** Maps the spec's activation names to DL4J's, with Keras's parameters where they differ. */
final class Activations {
    /** Keras's {@code activation="leaky_relu"} ({@code keras.activations.leaky_relu}) slope; DL4J's default is 0.01. */
    static final double KERAS_LEAKY_RELU_SLOPE = 0.2;

    private Activations() {
    }

    static IActivation of(Activation a) {
        return switch (a) {
            case LINEAR -> new ActivationIdentity();
            case RELU -> GraphParts.relu();
            case TANH -> GraphParts.tanh();
            case SIGMOID -> new ActivationSigmoid();
            case ELU -> new ActivationELU();
            case SELU -> new ActivationSELU();
            case LEAKYRELU -> new ActivationLReLU(KERAS_LEAKY_RELU_SLOPE);
            case SOFTPLUS -> new ActivationSoftPlus();
            case SOFTSIGN -> new ActivationSoftSign();
            case SWISH -> new ActivationSwish();
            case GELU -> new ActivationGELU();
        };
    }
}
