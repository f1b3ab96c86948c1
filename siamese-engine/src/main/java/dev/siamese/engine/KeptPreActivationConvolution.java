package dev.siamese.engine;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collection;

/**
 * DL4J's convolution whose backward pass reuses the forward pass's pre-activation instead of convolving again
 * ({@link KeptPreActivationConvolutionLayer}), a convolution fewer per layer and step. Same arithmetic, so the same
 * gradients bit for bit. With {@code inputGradient} off (the branch's first layer, whose input is the images) its
 * backward pass computes only the weight and bias gradients ({@link ConvolutionWeightGradient}). With
 * {@code reluOutputKept} (a {@link InPlaceBackpropReLU} layer whose output no later layer changes in place, as the graph factory
 * decides) it keeps no copy at all: the ReLU's backward pass reads only the step {@code [z > 0]}, and
 * {@code [relu(z) > 0]} is the same step, so the layer's own output serves.
 */
public class KeptPreActivationConvolution extends ConvolutionLayer implements OptionalInputGradient {
    private boolean inputGradient = true;
    private boolean reluOutputKept;

    /** For JSON. */
    public KeptPreActivationConvolution() {
    }

    /** Whether the backward pass computes the gradient with respect to the layer's input (true unless left out). */
    public boolean isInputGradient() {
        return inputGradient;
    }

    @Override
    public void leaveOutInputGradient() {
        inputGradient = false;
    }

    /**
     * Whether the backward pass takes the layer's ReLU output in place of a copy of its pre-activation. Only for a
     * {@link InPlaceBackpropReLU} activation, and only where nothing changes the output in place in a way that moves a value
     * across zero (a pooling, convolution, normalisation or dense layer reads it; inverted dropout scales it by a
     * positive factor or zeroes it where the gradient is zero anyway; an activation such as sigmoid would not).
     */
    public boolean isReluOutputKept() {
        return reluOutputKept;
    }

    public void setReluOutputKept(boolean reluOutputKept) {
        this.reluOutputKept = reluOutputKept;
    }

    /** The same layer as {@code built}, every setting copied through DL4J's own JSON form. */
    static KeptPreActivationConvolution of(ConvolutionLayer built) {
        return LayerCopies.as(built, KeptPreActivationConvolution.class);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray paramsView, boolean initializeParams, DataType dataType) {
        return LayerCopies.wire(new KeptPreActivationConvolutionLayer(conf, dataType), this, conf, listeners, index, paramsView,
                initializeParams);
    }
}
