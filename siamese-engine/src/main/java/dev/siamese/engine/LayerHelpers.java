package dev.siamese.engine;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.LayerHelper;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which accelerated implementation (oneDNN, cuDNN) each layer of a graph uses. DL4J attaches helpers silently
 * and also drops them silently: when a helper call fails it counts the failure in the layer's
 * {@code helperCountFail} and falls back to its built-in code, which for convolution is several times slower.
 */
public final class LayerHelpers {
    private LayerHelpers() {
    }

    /** Layer name → helper class simple name, for the layers that have one. */
    public static Map<String, String> attached(ComputationGraph graph) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Layer layer : graph.getLayers()) {
            LayerHelper helper = layer.getHelper();
            if (helper != null) {
                out.put(layer.conf().getLayer().getLayerName(), helper.getClass().getSimpleName());
            }
        }
        return out;
    }

    /** Puts {@code helper} in place of the one DL4J attached to {@code layer} (none or its own). */
    static void replace(Layer layer, LayerHelper helper) {
        field(layer, "helper").ifPresentOrElse(f -> {
            try {
                f.set(layer, helper);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            throw new IllegalStateException(layer.getClass().getName() + " has no helper field");
        });
    }

    /** How often the layer's helper failed and DL4J fell back to its own code (0 when it never did). */
    public static int fallbacks(Layer layer) {
        try {
            Optional<Field> f = field(layer, "helperCountFail");
            return f.isPresent() ? f.get().getInt(layer) : 0;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The named field of the layer's class or a superclass, made accessible. */
    private static Optional<Field> field(Layer layer, String name) {
        for (Class<?> c = layer.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return Optional.of(f);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return Optional.empty();
    }
}
