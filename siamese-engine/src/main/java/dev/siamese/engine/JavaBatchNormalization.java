package dev.siamese.engine;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collection;

/**
 * DL4J's batch normalisation whose layer computes with {@link JavaBatchNormHelper} instead of libnd4j/oneDNN's
 * (several times faster on the matcher branch's tensors; figures: its commit message;
 * src/site/markdown/performance.md). Where DL4J attached cuDNN's helper (the CUDA backend) that one stays.
 * Same parameters, same running statistics, same configuration JSON but for the class name.
 * <p>
 * With {@link #isRelu()} the layer's output is {@code relu(y)} ({@link BatchNormReluLayer}): the ReLU that a
 * spec puts right after the normalisation, applied inside it.
 */
public class JavaBatchNormalization extends BatchNormalization {
    private boolean relu;

    /** For JSON. */
    public JavaBatchNormalization() {
    }

    /** Whether a ReLU follows the normalisation inside this layer. */
    public boolean isRelu() {
        return relu;
    }

    public void setRelu(boolean relu) {
        this.relu = relu;
    }

    /** The same layer as {@code built}, followed by a ReLU inside it. */
    static JavaBatchNormalization withRelu(BatchNormalization built) {
        JavaBatchNormalization layer = of(built);
        layer.setRelu(true);
        return layer;
    }

    /** The same layer as {@code built}, every setting copied through DL4J's own JSON form. */
    static JavaBatchNormalization of(BatchNormalization built) {
        return LayerCopies.as(built, JavaBatchNormalization.class);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray paramsView, boolean initializeParams, DataType dataType) {
        Layer layer = relu
                ? LayerCopies.wire(new BatchNormReluLayer(conf, dataType), this, conf, listeners, index, paramsView,
                        initializeParams)
                : super.instantiate(conf, listeners, index, paramsView, initializeParams, dataType);
        LayerHelper attached = layer.getHelper();
        if (!isLockGammaBeta() && (attached == null || !attached.getClass().getSimpleName().startsWith("Cudnn"))) {
            LayerHelpers.replace(layer, new JavaBatchNormHelper(relu));
        }
        return layer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JavaBatchNormalization other && relu == other.relu && super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(relu);
    }
}
