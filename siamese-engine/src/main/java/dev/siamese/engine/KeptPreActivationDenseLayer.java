package dev.siamese.engine;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layer of {@link KeptPreActivationDense}. DL4J's {@code BaseLayer.backpropGradient} asks for the
 * pre-activation again ({@code preOutputWithPreNorm(training, forBackprop = true)}), which multiplies the input by
 * the weights a second time. Here the training forward pass keeps a copy of it (in the activations' workspace,
 * which lives through the backward pass; [batch, units], small) and the backward pass takes that copy once.
 * Layer normalisation, whose backward pass needs the value before normalising, takes DL4J's path. Without
 * {@link KeptPreActivationDense#isInputGradient()} the backward pass is DL4J's less the input gradient
 * ({@code W·δᵀ}): it hands back zeros, which the input vertices drop.
 * <p>
 * The product {@code x·W} goes through libnd4j's {@code matmul} op, which the oneDNN builds run on oneDNN's GEMM,
 * instead of DL4J's {@code mmuli} on OpenBLAS, in training as in inference: faster for a stripes training batch
 * into the first dense layer and for the embeddings of a batch of images (figures: its commit
 * message; src/site/markdown/performance.md).
 * Values agree with DL4J's to rounding (~6e-7 relative); they are the same run to run. Both
 * libraries may split a long sum between threads, so another thread count can change the last bits either way.
 * Dropout on the layer's input is applied first, as DL4J's product does.
 */
final class KeptPreActivationDenseLayer extends DenseLayer {
    private final KeptPreActivation kept = new KeptPreActivation();
    private long inputGradientsSkipped;
    private long matmulProducts;

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
        if (input != null) {
            applyDropOutIfNecessary(training, workspaceMgr); // as DL4J's product does first (once a pass)
        }
        Pair<INDArray, INDArray> computed = plainProduct()
                ? matmulProduct(workspaceMgr)
                : super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
        kept.afterForward(computed.getFirst(), training && !forBackprop && !hasLayerNorm(),
                layerConf().getActivationFn(), false, workspaceMgr);
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

    /** Whether the pre-activation is {@code x·W + b} on contiguous float rows, nothing more (no mask, noise or norm). */
    private boolean plainProduct() {
        INDArray w = getParam(DefaultParamInitializer.WEIGHT_KEY);
        return input != null && input.rank() == 2 && input.dataType() == DataType.FLOAT
                && w.dataType() == DataType.FLOAT && input.columns() == w.rows() && input.ordering() == 'c'
                && input.elementWiseStride() == 1 && maskArray == null && !hasLayerNorm()
                && layerConf().getWeightNoise() == null;
    }

    /** {@code x·W + b} through libnd4j's {@code matmul} op (oneDNN's GEMM in the oneDNN builds). */
    private Pair<INDArray, INDArray> matmulProduct(LayerWorkspaceMgr workspaceMgr) {
        INDArray w = getParam(DefaultParamInitializer.WEIGHT_KEY);
        INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, input.size(0), w.size(1));
        Nd4j.exec(new Mmul(input, w, z, MMulTranspose.allFalse()));
        if (hasBias()) {
            z.addiRowVector(getParam(DefaultParamInitializer.BIAS_KEY));
        }
        matmulProducts++;
        return new Pair<>(z, z);
    }

    /** How many forward passes multiplied through libnd4j's {@code matmul} op (for tests). */
    long matmulProducts() {
        return matmulProducts;
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
