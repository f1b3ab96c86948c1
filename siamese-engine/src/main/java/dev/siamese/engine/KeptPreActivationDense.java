package dev.siamese.engine;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collection;

/**
 * DL4J's dense layer whose backward pass reuses the pre-activation {@code x·W + b} of the forward pass instead of
 * computing it again ({@link KeptPreActivationDenseLayer}): one GEMM of the three in a step, the largest one in
 * the stripes' dense-1 branch (48 × 25,600 × 128). Same arithmetic, so the same gradients bit for bit. With
 * {@code inputGradient} off (the branch's first layer, whose input is the images) it also skips the gradient
 * with respect to its input, which no one reads: a second GEMM of that size. Its weights lie by rows where the JSON
 * says {@code weightsByRow} (every layer built since that flag exists), so that the forward product is a plain
 * one for oneDNN's GEMM ({@link RowMajorDenseParamInitializer}); networks saved before keep DL4J's columns.
 */
public class KeptPreActivationDense extends DenseLayer implements OptionalInputGradient {
    private boolean inputGradient = true;
    /** False in the JSON of networks saved before weights were laid out by rows, whose weights lie by columns. */
    private boolean weightsByRow;

    /** For JSON. */
    public KeptPreActivationDense() {
    }

    /** Whether the backward pass computes the gradient with respect to the layer's input (true unless left out). */
    public boolean isInputGradient() {
        return inputGradient;
    }

    @Override
    public void leaveOutInputGradient() {
        inputGradient = false;
    }

    /** Whether {@code W} lies by rows ({@link RowMajorDenseParamInitializer}), as in every layer built now. */
    public boolean isWeightsByRow() {
        return weightsByRow;
    }

    public void setWeightsByRow(boolean weightsByRow) {
        this.weightsByRow = weightsByRow;
    }

    @Override
    public ParamInitializer initializer() {
        return weightsByRow ? RowMajorDenseParamInitializer.INSTANCE : super.initializer();
    }

    /** The same layer as {@code built}, every setting copied through DL4J's own JSON form, its weights by rows. */
    static KeptPreActivationDense of(DenseLayer built) {
        KeptPreActivationDense layer = LayerCopies.as(built, KeptPreActivationDense.class);
        layer.setWeightsByRow(true);
        return layer;
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray paramsView, boolean initializeParams, DataType dataType) {
        return LayerCopies.wire(new KeptPreActivationDenseLayer(conf, dataType), this, conf, listeners, index, paramsView,
                initializeParams);
    }
}
