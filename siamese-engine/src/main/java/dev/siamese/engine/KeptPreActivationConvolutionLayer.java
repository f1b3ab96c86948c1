package dev.siamese.engine;

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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The layer of {@link KeptPreActivationConvolution}. DL4J's {@code ConvolutionLayer.backpropGradient} asks for
 * the pre-activation again ({@code preOutput(training, forBackprop = true)}), a second forward convolution.
 * Here the training forward pass keeps a copy (in the activations' workspace, which lives through the backward
 * pass) and the backward pass takes it once. Only while a oneDNN/cuDNN helper runs the layer: DL4J's own
 * fallback needs the im2col buffer that the recomputation also returns. Without
 * {@link KeptPreActivationConvolution#isInputGradient()} the backward pass hands back zeros for the input, which
 * the input vertices drop, and computes the weight and bias gradients alone.
 * <p>
 * On the CPU backend a plain float NCHW convolution (no dilation, no weight noise) runs on oneDNN's own primitives
 * ({@link OneDnnConvolution}), forward and backward, instead of DL4J's helper and libnd4j's op wrappers. Where
 * {@link OneDnn} is off or does not load, the helper runs as before, and without the input gradient the weight
 * gradient is computed in Java ({@link ConvolutionWeightGradient}).
 */
final class KeptPreActivationConvolutionLayer extends ConvolutionLayer {
    private final KeptPreActivation kept = new KeptPreActivation();
    private long inputGradientsSkipped;
    private long directPasses;
    /** oneDNN plans by geometry: training batches, a smaller last batch, embedding batches (the 3 last used). */
    private final Map<OneDnnConvolution.Geometry, OneDnnConvolution> plans = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<OneDnnConvolution.Geometry, OneDnnConvolution> eldest) {
            return size() > 3;
        }
    };

    KeptPreActivationConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop, LayerWorkspaceMgr workspaceMgr) {
        OneDnnConvolution plan = input == null ? null : plan(input);
        boolean helped = plan != null || helper != null && helperCountFail == 0;
        INDArray z = forBackprop && helped ? kept.take() : null;
        if (z != null) {
            return new Pair<>(z, null);
        }
        Pair<INDArray, INDArray> computed = plan != null
                ? directForward(plan, training, workspaceMgr)
                : super.preOutput(training, forBackprop, workspaceMgr);
        kept.afterForward(computed.getFirst(), training && !forBackprop && helped, layerConf().getActivationFn(),
                ((KeptPreActivationConvolution) layerConf()).isReluOutputKept(), workspaceMgr);
        return computed;
    }

    /** {@code x ⊛ W + b} through oneDNN's own primitives, after the input's dropout as DL4J's layer applies it. */
    private Pair<INDArray, INDArray> directForward(OneDnnConvolution plan, boolean training,
                                                   LayerWorkspaceMgr workspaceMgr) {
        applyDropOutIfNecessary(training, workspaceMgr);
        INDArray in = dense(input.castTo(dataType), ArrayType.FF_WORKING_MEM, workspaceMgr);
        INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, plan.geometry().output(), 'c');
        plan.forward(in, getParam(ConvolutionParamInitializer.WEIGHT_KEY),
                hasBias() ? getParam(ConvolutionParamInitializer.BIAS_KEY) : null, z);
        directPasses++;
        return new Pair<>(z, null);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        KeptPreActivationConvolution c = (KeptPreActivationConvolution) layerConf();
        assertInputSet(true);
        OneDnnConvolution plan = plan(input);
        if (plan == null && (c.isInputGradient() || !plain())) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        INDArray in = input.castTo(dataType);
        INDArray z = preOutput4d(true, true, workspaceMgr).getFirst();
        INDArray delta = c.getActivationFn().backprop(z, epsilon.castTo(dataType)).getFirst();
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        INDArray biasGrad = c.hasBias() ? gradientViews.get(ConvolutionParamInitializer.BIAS_KEY) : null;
        INDArray inputGrad = null;
        if (plan != null) {
            inputGrad = c.isInputGradient()
                    ? workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, in.shape(), 'c') : null;
            plan.backward(dense(in, ArrayType.BP_WORKING_MEM, workspaceMgr),
                    getParam(ConvolutionParamInitializer.WEIGHT_KEY),
                    dense(delta, ArrayType.BP_WORKING_MEM, workspaceMgr), inputGrad, weightGrad, biasGrad);
        } else {
            int[] pad = padding(in, outputSize(in));
            ConvolutionWeightGradient.compute(in, delta, new ConvolutionWeightGradient.Geometry(c.getKernelSize()[0],
                    c.getKernelSize()[1], c.getStride()[0], c.getStride()[1], pad[0], pad[1]), weightGrad, biasGrad);
        }
        Gradient gradient = new DefaultGradient();
        if (biasGrad != null) {
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        weightNoiseParams.clear();
        if (inputGrad != null) {
            return new Pair<>(gradient, backpropDropOutIfPresent(inputGrad));
        }
        inputGradientsSkipped++;
        return new Pair<>(gradient, workspaceMgr.create(ArrayType.ACTIVATION_GRAD, dataType, input.shape()));
    }

    /** Whether the layer is a plain float NCHW convolution: no dilation, no weight noise. */
    private boolean plain() {
        KeptPreActivationConvolution c = (KeptPreActivationConvolution) layerConf();
        return c.getCnn2dDataFormat() == CNN2DFormat.NCHW && c.getDilation()[0] == 1 && c.getDilation()[1] == 1
                && c.getWeightNoise() == null && dataType == DataType.FLOAT;
    }

    /** The oneDNN plan for {@code in}'s shape, or null where oneDNN is not called directly for it. */
    private OneDnnConvolution plan(INDArray in) {
        if (!plain() || in.rank() != 4) {
            return null;
        }
        Optional<OneDnn> dnn = OneDnn.runtime();
        if (dnn.isEmpty()) {
            return null;
        }
        KeptPreActivationConvolution c = (KeptPreActivationConvolution) layerConf();
        int[] out = outputSize(in);
        int[] pad = padding(in, out);
        OneDnnConvolution.Geometry g = new OneDnnConvolution.Geometry(in.size(0), in.size(1), in.size(2),
                in.size(3), c.getNOut(), c.getKernelSize()[0], c.getKernelSize()[1], c.getStride()[0],
                c.getStride()[1], pad[0], pad[1], out[0], out[1], c.hasBias());
        if (!g.supported()) {
            return null;
        }
        return plans.computeIfAbsent(g, geometry -> new OneDnnConvolution(dnn.get(), geometry));
    }

    /** The output's height and width for {@code in}, as DL4J's layer works them out. */
    private int[] outputSize(INDArray in) {
        KeptPreActivationConvolution c = (KeptPreActivationConvolution) layerConf();
        return ConvolutionUtils.getOutputSize(in, c.getKernelSize(), c.getStride(),
                convolutionMode == ConvolutionMode.Same ? null : c.getPadding(), convolutionMode, c.getDilation(),
                CNN2DFormat.NCHW);
    }

    /**
     * The padding before the first row and column for {@code in} and the output size {@code out}, as DL4J's layer
     * works it out ("same" mode: from the sizes).
     */
    private int[] padding(INDArray in, int[] out) {
        KeptPreActivationConvolution c = (KeptPreActivationConvolution) layerConf();
        return convolutionMode == ConvolutionMode.Same
                ? ConvolutionUtils.getSameModeTopLeftPadding(out, new int[]{(int) in.size(2),
                (int) in.size(3)}, c.getKernelSize(), c.getStride(), c.getDilation())
                : c.getPadding();
    }

    /** {@code array}, or a dense row-major copy of it in {@code type}'s workspace. */
    private static INDArray dense(INDArray array, ArrayType type, LayerWorkspaceMgr workspaceMgr) {
        return OneDnn.dense(array) ? array : workspaceMgr.dup(type, array, 'c');
    }

    /** How many forward passes ran through oneDNN's own primitives (for tests). */
    long directPasses() {
        return directPasses;
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
