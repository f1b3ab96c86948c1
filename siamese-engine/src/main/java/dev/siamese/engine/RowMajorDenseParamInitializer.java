package dev.siamese.engine;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Map;

/**
 * DL4J's dense parameters with the weights {@code W [nIn, nOut]} laid out by rows ({@code 'c'}), each input's
 * {@code nOut} weights side by side, where DL4J lays them out by columns ({@code 'f'}). With rows, {@code x·W}
 * is a plain product for oneDNN's GEMM, about twice as fast as by columns with either GEMM (figures: its
 * commit message; src/site/markdown/performance.md).
 * The bias (and a layer norm's gain) stay where DL4J puts them.
 */
final class RowMajorDenseParamInitializer extends DefaultParamInitializer {
    static final RowMajorDenseParamInitializer INSTANCE = new RowMajorDenseParamInitializer();

    private RowMajorDenseParamInitializer() {
    }

    @Override
    protected INDArray createWeightMatrix(long nIn, long nOut, IWeightInit weightInit, INDArray weightParamView,
                                          boolean initializeParameters) {
        long[] shape = {nIn, nOut};
        return initializeParameters
                ? weightInit.init(nIn, nOut, shape, 'c', weightParamView)
                : weightParamView.reshape('c', shape);
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        Map<String, INDArray> views = super.getGradientsFromFlattened(conf, gradientView);
        FeedForwardLayer layer = (FeedForwardLayer) conf.getLayer();
        views.put(WEIGHT_KEY, gradientView.get(NDArrayIndex.interval(0, layer.getNIn() * layer.getNOut()))
                .reshape('c', layer.getNIn(), layer.getNOut()));
        return views;
    }
}
