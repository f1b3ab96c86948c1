package dev.siamese.engine;

import java.util.List;

/**
 * The names that saved models' configuration JSON records for this module's classes from before they moved here:
 * until the engine became a module of its own (issue #33) they lived in {@value #FORMER_PACKAGE}. A model saved
 * then names, e.g., {@code "@class" : "dev.siamese.model.KeptPreActivationDense"}; its configuration is read with
 * the current names instead. Models saved since record the current names.
 */
public final class FormerClassNames {
    static final String FORMER_PACKAGE = "dev.siamese.model";
    /** The classes a configuration names: layers, activations, the updater and the stacking vertex. */
    private static final List<Class<?>> RECORDED = List.of(AdjacentStackVertex.class, JavaBatchNormalization.class,
            JavaRmsProp.class, KeptPreActivationConvolution.class, KeptPreActivationDense.class, OneDnnTanh.class,
            StepReLU.class);

    private FormerClassNames() {
    }

    /** {@code configurationJson} with each former class name, as a JSON string, replaced by the current one. */
    public static String current(String configurationJson) {
        String json = configurationJson;
        for (Class<?> c : RECORDED) {
            json = json.replace(quoted(FORMER_PACKAGE + "." + c.getSimpleName()), quoted(c.getName()));
        }
        return json;
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }
}
