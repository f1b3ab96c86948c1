package dev.siamese.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.nd4j.shade.jackson.databind.node.ObjectNode;

/** Copies a built DL4J layer configuration into a subclass of it, through DL4J's own JSON form. */
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
}
