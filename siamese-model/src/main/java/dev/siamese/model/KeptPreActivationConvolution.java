package dev.siamese.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collection;

/**
 * DL4J's convolution whose backward pass reuses the forward pass's pre-activation instead of convolving again
 * ({@link KeptPreActivationConvolutionLayer}): ~7 % of a matcher training step. Same arithmetic, so the same
 * gradients bit for bit. With {@code inputGradient} off (the branch's first layer, whose input is the images) its
 * backward pass computes only the weight and bias gradients ({@link ConvolutionWeightGradient}).
 */
public class KeptPreActivationConvolution extends ConvolutionLayer implements OptionalInputGradient {
    private boolean inputGradient = true;

    /** For JSON. */
    public KeptPreActivationConvolution() {
    }

    @Override
    public boolean isInputGradient() {
        return inputGradient;
    }

    @Override
    public void setInputGradient(boolean inputGradient) {
        this.inputGradient = inputGradient;
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
