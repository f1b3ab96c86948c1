package dev.siamese.engine;

import org.deeplearning4j.nn.conf.graph.StackVertex;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The engine's parts of a graph configuration, each DL4J's own with the same arithmetic, computed faster: layers,
 * activation functions, the updater and the vertex that stacks the graph's inputs. A graph built with them is a
 * plain DL4J graph; its configuration JSON names their classes, so loading a saved model needs this module on the
 * class path (and {@link FormerClassNames} for models saved before it existed).
 */
public final class GraphParts {
    private GraphParts() {
    }

    /** {@code built} with a backward pass that reuses its forward pass and weights laid out by rows. */
    public static DenseLayer dense(DenseLayer built) {
        return KeptPreActivationDense.of(built);
    }

    /**
     * {@code built} with a backward pass that reuses its forward pass, on oneDNN's own primitives where they load.
     * With {@code reluOutputKept} a {@link #relu()} layer keeps no copy for its backward pass but reads its own
     * output: only where no later layer changes that output in place in a way that moves a value across zero (the
     * caller's promise; see {@link KeptPreActivationConvolution#isReluOutputKept()}).
     */
    public static ConvolutionLayer convolution(ConvolutionLayer built, boolean reluOutputKept) {
        KeptPreActivationConvolution layer = KeptPreActivationConvolution.of(built);
        layer.setReluOutputKept(reluOutputKept);
        return layer;
    }

    /** {@code built} computed in Java on the CPU backend; with {@code relu}, a ReLU applied inside the layer. */
    public static BatchNormalization batchNorm(BatchNormalization built, boolean relu) {
        return relu ? JavaBatchNormalization.withRelu(built) : JavaBatchNormalization.of(built);
    }

    /**
     * Tells a layer that its input is the network's input, so that its backward pass may leave out the gradient
     * with respect to that input, which nothing reads. Layers that cannot are left as they are.
     */
    public static void fedByInput(Layer layer) {
        if (layer instanceof OptionalInputGradient first) {
            first.leaveOutInputGradient();
        }
    }

    /** Whether the layer applies a ReLU inside it (a {@link #batchNorm} with {@code relu}). */
    public static boolean reluInside(Layer layer) {
        return layer instanceof JavaBatchNormalization b && b.isRelu();
    }

    /** ReLU, its backward pass a step mask applied in place. */
    public static IActivation relu() {
        return new InPlaceBackpropReLU();
    }

    /** tanh, its forward pass on oneDNN's kernel in the oneDNN builds. */
    public static IActivation tanh() {
        return new OneDnnTanh();
    }

    /** RMSprop, its update computed in Java. */
    public static IUpdater rmsProp(double learningRate, double rho, double epsilon) {
        return new JavaRmsProp(learningRate, rho, epsilon);
    }

    /** Stacks the vertex's inputs along the batch dimension, as a view where they lie back to back in one array. */
    public static StackVertex stack() {
        return new AdjacentStackVertex();
    }
}
