package dev.siamese.engine;

import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.Arrays;
import java.util.Map;

/** What the engine does with a built graph: trains it on DL4J's standard updater path, and says what runs its layers. */
public final class GraphRuntime {
    private GraphRuntime() {
    }

    /** Makes the graph's updater take its standard path ({@link FlatGradientListener}); call once it is built. */
    public static void attach(ComputationGraph graph) {
        FlatGradientListener.attach(graph);
    }

    /**
     * What runs the layers, for the log: {@code ", layer helpers {...}"} where DL4J attached any, then
     * {@code "; convolutions on oneDNN ..."} where they run on oneDNN's own primitives; empty when neither.
     */
    public static String describe(ComputationGraph graph) {
        Map<String, String> helpers = LayerHelpers.attached(graph);
        return (helpers.isEmpty() ? "" : ", layer helpers " + helpers) + directConvolutions(graph);
    }

    /** What runs the convolutions past DL4J's helpers ({@link OneDnnConvolution}), for the log; else "". */
    private static String directConvolutions(ComputationGraph graph) {
        boolean convolutions = Arrays.stream(graph.getLayers())
                .anyMatch(layer -> layer instanceof KeptPreActivationConvolutionLayer);
        return convolutions ? OneDnn.runtime().map(dnn -> "; convolutions on oneDNN " + dnn.version()
                + ", called directly (the helper where the padding after is negative)").orElse("") : "";
    }
}
