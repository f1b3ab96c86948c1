package dev.siamese.engine;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.nd4j.shade.jackson.databind.node.ObjectNode;

import java.util.Collection;

/**
 * Copies a built DL4J layer configuration into a subclass of it, through DL4J's own JSON form, and wires a
 * subclass's layer as DL4J's {@code instantiate} does.
 */
final class LayerCopies {
    private LayerCopies() {
    }

    static <T extends Layer> T as(Layer built, Class<T> subclass) {
        ObjectMapper json = NeuralNetConfiguration.mapper();
        ObjectNode tree = json.valueToTree(built);
        tree.put("@class", subclass.getName());
        try {
            return subclass.cast(json.treeToValue(tree, Layer.class));
        } catch (Exception e) {
            throw new IllegalStateException("cannot copy the " + built.getClass().getSimpleName()
                    + " configuration: " + e.getMessage(), e);
        }
    }

    /** Validates {@code conf}'s sizes and hands {@code layer} its listeners, index and parameters. */
    static <L extends BaseLayer<?>> L wire(L layer, FeedForwardLayer conf,
            NeuralNetConfiguration net, Collection<TrainingListener> listeners, int index, INDArray paramsView,
            boolean initializeParams) {
        LayerValidation.assertNInNOutSet(conf.getClass().getSimpleName(), conf.getLayerName(), index, conf.getNIn(),
                conf.getNOut());
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(conf.initializer().init(net, paramsView, initializeParams));
        layer.setConf(net);
        return layer;
    }
}
