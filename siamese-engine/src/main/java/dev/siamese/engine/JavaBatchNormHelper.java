package dev.siamese.engine;

import dev.siamese.engine.BatchNormKernels.Extent;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalizationHelper;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * Batch normalisation on the CPU through DL4J's helper interface, computed in Java ({@link BatchNormKernels}), one
 * channel at a time on every core. libnd4j's path for the NCHW float tensors of our branches takes three passes for
 * the statistics (mean, then the {@code Variance} op at a third of memory speed) before oneDNN's plain-layout
 * kernel, and its {@code batchnorm_bp} fixes up oneDNN's input gradient with further whole-tensor ops: for the
 * matcher branch's six layers, several times the time this takes (figures: its commit
 * message; src/site/markdown/performance.md).
 * Float tensors in NCHW (or rank 2) only; for anything else it answers null and DL4J computes the layer itself.
 * <p>
 * With {@code relu} it also applies the ReLU that follows the layer ({@link BatchNormReluLayer}): the output is
 * {@code relu(y)}, and the backward pass masks the incoming gradient with {@code [y > 0]}, {@code y} computed again
 * from the input it reads anyway, instead of an activation layer's copies and passes over the whole tensor.
 */
final class JavaBatchNormHelper implements BatchNormalizationHelper {
    private final boolean relu;
    /** Whether the last forward pass was computed here (and so had the ReLU applied, when {@link #relu}). */
    private boolean computedLast;
    private INDArray meanCache;
    private INDArray varianceCache;
    private float[] batchMean = new float[0];
    private float[] batchVariance = new float[0];

    /** @param relu whether the layer's output is {@code relu(y)} (see {@link BatchNormReluLayer}) */
    JavaBatchNormHelper(boolean relu) {
        this.relu = relu;
    }

    /** Whether the last forward pass ran here, with the ReLU when this helper applies one; false when it answered null. */
    boolean computedLast() {
        return computedLast;
    }

    /** Before a forward pass that may not reach this helper: {@link #computedLast()} is false until one does. */
    void forgetLastPass() {
        computedLast = false;
    }

    @Override
    public boolean checkSupported(double eps, boolean fixedGammaBeta) {
        return !fixedGammaBeta;
    }

    @Override
    public boolean checkSupported() {
        return true;
    }

    @Override
    public INDArray preOutput(INDArray x, boolean training, long[] shape, INDArray gamma, INDArray beta,
            INDArray globalMean, INDArray globalVariance, double decay, double eps, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        computedLast = supported(x, format);
        if (!computedLast) {
            return null;
        }
        Extent e = extent(x);
        float[] mean;
        float[] variance;
        if (training) {
            if (batchMean.length != e.c()) {
                batchMean = new float[e.c()];
                batchVariance = new float[e.c()];
            }
            mean = batchMean;
            variance = batchVariance;
        } else {
            mean = globalMean.toFloatVector();
            variance = globalVariance.toFloatVector();
        }
        INDArray y = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, x.shape(), 'c');
        BatchNormKernels.forward(NativeFloats.buffer(x), NativeFloats.target(y), e, gamma.toFloatVector(),
                beta.toFloatVector(), mean, variance, eps, training, relu);
        if (training) {
            keepStatistics(e.c());
        }
        return y;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray epsilon, long[] shape, INDArray gamma,
            INDArray beta, INDArray dGammaView, INDArray dBetaView, double eps, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        if (!supported(input, format) || epsilon.dataType() != DataType.FLOAT || batchMean.length != input.size(1)) {
            if (relu && computedLast) { // DL4J's own backward pass knows no ReLU: it would be wrong, not slow
                throw new IllegalStateException("batch normalisation with ReLU: the backward pass cannot run on "
                        + input.shapeInfoToString() + " with a gradient of " + epsilon.dataType());
            }
            return null;
        }
        Extent e = extent(input);
        float[] dGamma = new float[e.c()];
        float[] dBeta = new float[e.c()];
        INDArray epsilonAtInput = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT,
                input.shape(), 'c');
        BatchNormKernels.backward(NativeFloats.buffer(input), NativeFloats.buffer(epsilon),
                NativeFloats.target(epsilonAtInput), e, gamma.toFloatVector(), beta.toFloatVector(), batchMean,
                batchVariance, eps, relu, dGamma, dBeta);
        NativeFloats.assign(dGamma, dGammaView);
        NativeFloats.assign(dBeta, dBetaView);
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(BatchNormalizationParamInitializer.GAMMA, dGammaView);
        gradient.setGradientFor(BatchNormalizationParamInitializer.BETA, dBetaView);
        return new Pair<>(gradient, epsilonAtInput);
    }

    @Override
    public INDArray getMeanCache(DataType dataType) {
        return meanCache;
    }

    @Override
    public INDArray getVarCache(DataType dataType) {
        return varianceCache;
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return Map.of();
    }

    /** The batch's statistics as DL4J reads them to update the running mean and variance. */
    private void keepStatistics(int c) {
        if (meanCache == null || meanCache.length() != c) {
            try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                meanCache = Nd4j.createUninitialized(DataType.FLOAT, c);
                varianceCache = Nd4j.createUninitialized(DataType.FLOAT, c);
            }
        }
        NativeFloats.write(batchMean, meanCache);
        NativeFloats.write(batchVariance, varianceCache);
    }

    private static Extent extent(INDArray x) {
        int n = (int) x.size(0);
        int c = (int) x.size(1);
        return new Extent(n, c, (int) (x.length() / ((long) n * c)));
    }

    private static boolean supported(INDArray x, CNN2DFormat format) {
        boolean channelsSecond = x.rank() == 2 || (x.rank() == 4 && format == CNN2DFormat.NCHW);
        return channelsSecond && x.dataType() == DataType.FLOAT && x.length() <= Integer.MAX_VALUE;
    }
}
