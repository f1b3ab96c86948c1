package dev.siamese.engine;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The layer of a {@link JavaBatchNormalization} with {@link JavaBatchNormalization#isRelu()}: batch normalisation
 * and then ReLU in one layer. Where the Java helper runs the layer, it applies the ReLU itself
 * ({@link JavaBatchNormHelper}); an activation layer would copy the tensor twice going forward and once going
 * back, and pass over it three more times, a share of a matcher training step that counted. Anywhere else (cuDNN, a type or format
 * that helper leaves to DL4J) the ReLU runs here after DL4J's normalisation, and its backward pass uses the output
 * kept from the forward pass. Either way the values are those of a normalisation followed by
 * {@link InPlaceBackpropReLU}, bit for bit.
 */
final class BatchNormReluLayer extends BatchNormalization {
    private static final InPlaceBackpropReLU RELU = new InPlaceBackpropReLU();

    private boolean reluByHelper;
    private INDArray keptOutput;

    BatchNormReluLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        JavaBatchNormHelper java = getHelper() instanceof JavaBatchNormHelper h ? h : null;
        if (java != null) {
            java.forgetLastPass(); // DL4J may not call it at all (after a failure)
        }
        INDArray y = super.activate(training, workspaceMgr);
        reluByHelper = java != null && java.computedLast();
        keptOutput = null;
        if (reluByHelper) {
            return y;
        }
        INDArray out = RELU.getActivation(y, training); // y is this pass's own array: in place
        if (training) {
            // a copy: a layer that is the only reader of its input may write over it (DL4J's dropout does)
            keptOutput = workspaceMgr.dup(ArrayType.ACTIVATIONS, out);
        }
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (reluByHelper) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        if (keptOutput == null) {
            throw new IllegalStateException("batch normalisation with ReLU: no training forward pass to go back through");
        }
        // relu(y) > 0 exactly where y > 0: the step of the kept output is the step of the pre-activation
        INDArray masked = RELU.backprop(keptOutput, epsilon).getFirst(); // the kept copy becomes the gradient
        keptOutput = null;
        return super.backpropGradient(masked, workspaceMgr);
    }

    @Override
    public void clear() {
        super.clear();
        keptOutput = null;
    }
}
