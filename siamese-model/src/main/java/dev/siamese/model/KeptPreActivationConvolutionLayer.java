package dev.siamese.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The layer of {@link KeptPreActivationConvolution}. DL4J's {@code ConvolutionLayer.backpropGradient} asks for
 * the pre-activation again ({@code preOutput(training, forBackprop = true)}), a second forward convolution.
 * Here the training forward pass keeps a copy (in the activations' workspace, which lives through the backward
 * pass) and the backward pass takes it once. Only while a oneDNN/cuDNN helper runs the layer: DL4J's own
 * fallback needs the im2col buffer that the recomputation also returns.
 */
final class KeptPreActivationConvolutionLayer extends ConvolutionLayer {
    private final KeptPreActivation kept = new KeptPreActivation();

    KeptPreActivationConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop, LayerWorkspaceMgr workspaceMgr) {
        boolean helped = helper != null && helperCountFail == 0;
        INDArray z = forBackprop && helped ? kept.take() : null;
        if (z != null) {
            return new Pair<>(z, null);
        }
        Pair<INDArray, INDArray> computed = super.preOutput(training, forBackprop, workspaceMgr);
        kept.afterForward(computed.getFirst(), training && !forBackprop && helped, workspaceMgr);
        return computed;
    }

    /** How many backward passes took the kept pre-activation (for tests). */
    long reused() {
        return kept.reused();
    }

    @Override
    public void clear() {
        super.clear();
        kept.clear();
    }
}
