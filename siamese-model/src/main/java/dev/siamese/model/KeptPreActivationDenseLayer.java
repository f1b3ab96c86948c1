package dev.siamese.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layer of {@link KeptPreActivationDense}. DL4J's {@code BaseLayer.backpropGradient} asks for the
 * pre-activation again ({@code preOutputWithPreNorm(training, forBackprop = true)}), which multiplies the input by
 * the weights a second time. Here the training forward pass keeps a copy of it (in the activations' workspace,
 * which lives through the backward pass; [batch, units], small) and the backward pass takes that copy once.
 * Layer normalisation, whose backward pass needs the value before normalising, takes DL4J's path. Without
 * {@link KeptPreActivationDense#isInputGradient()} the backward pass is DL4J's less the input gradient
 * ({@code W·δᵀ}): it hands back zeros, which the input vertices drop.
 */
final class KeptPreActivationDenseLayer extends DenseLayer {
    private final KeptPreActivation kept = new KeptPreActivation();
    private long inputGradientsSkipped;

    KeptPreActivationDenseLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutputWithPreNorm(boolean training, boolean forBackprop,
                                                            LayerWorkspaceMgr workspaceMgr) {
        INDArray z = forBackprop ? kept.take() : null;
        if (z != null) {
            return new Pair<>(z, z);
        }
        Pair<INDArray, INDArray> computed = super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
        kept.afterForward(computed.getFirst(), training && !forBackprop && !hasLayerNorm(),
                layerConf().getActivationFn(), workspaceMgr);
        return computed;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        KeptPreActivationDense c = (KeptPreActivationDense) layerConf();
        if (c.isInputGradient() || hasLayerNorm() || maskArray != null || c.getWeightNoise() != null) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray z = preOutputWithPreNorm(true, true, workspaceMgr).getFirst();
        INDArray delta = c.getActivationFn().backprop(z, epsilon).getFirst();
        Gradient gradient = new DefaultGradient();
        if (hasBias()) {
            INDArray biasGrad = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
            delta.sum(biasGrad, 0);
            gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGrad);
        }
        INDArray weightGrad = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        Nd4j.gemm(input.castTo(weightGrad.dataType()), delta, weightGrad, true, false, 1.0, 0.0);
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGrad);
        weightNoiseParams.clear();
        inputGradientsSkipped++;
        INDArray noInputGradient = workspaceMgr.create(ArrayType.ACTIVATION_GRAD, delta.dataType(), input.shape());
        return new Pair<>(gradient, noInputGradient);
    }

    /** How many backward passes took the kept pre-activation (for tests). */
    long reused() {
        return kept.reused();
    }

    /** How many backward passes left out the input gradient (for tests). */
    long inputGradientsSkipped() {
        return inputGradientsSkipped;
    }

    @Override
    public void clear() {
        super.clear();
        kept.clear();
    }
}
