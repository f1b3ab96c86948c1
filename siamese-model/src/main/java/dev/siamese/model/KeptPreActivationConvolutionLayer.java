package dev.siamese.model;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The layer of {@link KeptPreActivationConvolution}. DL4J's {@code ConvolutionLayer.backpropGradient} asks for
 * the pre-activation again ({@code preOutput(training, forBackprop = true)}), a second forward convolution.
 * Here the training forward pass keeps a copy (in the activations' workspace, which lives through the backward
 * pass) and the backward pass takes it once. Only while a oneDNN/cuDNN helper runs the layer: DL4J's own
 * fallback needs the im2col buffer that the recomputation also returns. Without
 * {@link KeptPreActivationConvolution#isInputGradient()} the backward pass hands back zeros for the input, which
 * the input vertices drop, and computes the weight and bias gradients alone.
 */
final class KeptPreActivationConvolutionLayer extends ConvolutionLayer {
    private final KeptPreActivation kept = new KeptPreActivation();
    private long inputGradientsSkipped;

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
        kept.afterForward(computed.getFirst(), training && !forBackprop && helped, layerConf().getActivationFn(),
                ((KeptPreActivationConvolution) layerConf()).isReluOutputKept(), workspaceMgr);
        return computed;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        KeptPreActivationConvolution c = (KeptPreActivationConvolution) layerConf();
        boolean plain = c.getCnn2dDataFormat() == CNN2DFormat.NCHW && c.getDilation()[0] == 1
                && c.getDilation()[1] == 1 && c.getWeightNoise() == null && dataType == DataType.FLOAT;
        if (c.isInputGradient() || !plain) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray in = input.castTo(dataType);
        int[] kernel = c.getKernelSize();
        int[] strides = c.getStride();
        int[] pad = convolutionMode == ConvolutionMode.Same
                ? ConvolutionUtils.getSameModeTopLeftPadding(ConvolutionUtils.getOutputSize(in, kernel, strides, null,
                        convolutionMode, c.getDilation(), CNN2DFormat.NCHW), new int[]{(int) in.size(2), (int) in.size(3)},
                        kernel, strides, c.getDilation())
                : c.getPadding();
        INDArray z = preOutput4d(true, true, workspaceMgr).getFirst();
        INDArray delta = c.getActivationFn().backprop(z, epsilon.castTo(dataType)).getFirst();
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        INDArray biasGrad = c.hasBias() ? gradientViews.get(ConvolutionParamInitializer.BIAS_KEY) : null;
        ConvolutionWeightGradient.compute(in, delta, new ConvolutionWeightGradient.Geometry(kernel[0], kernel[1],
                strides[0], strides[1], pad[0], pad[1]), weightGrad, biasGrad);
        Gradient gradient = new DefaultGradient();
        if (biasGrad != null) {
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        weightNoiseParams.clear();
        inputGradientsSkipped++;
        return new Pair<>(gradient, workspaceMgr.create(ArrayType.ACTIVATION_GRAD, dataType, input.shape()));
    }

    /** How many backward passes left out the input gradient (for tests). */
    long inputGradientsSkipped() {
        return inputGradientsSkipped;
    }

    /** How many training forward passes kept their own output or pre-activation rather than a copy (for tests). */
    long uncopied() {
        return kept.uncopied();
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
