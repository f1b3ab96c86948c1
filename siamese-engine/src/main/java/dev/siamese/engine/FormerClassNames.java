package dev.siamese.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names that saved models' configuration JSON records for this module's classes from before they moved or were
 * renamed: until the engine became a module of its own (issue #33) they lived in {@value #FORMER_PACKAGE}, and
 * {@link InPlaceBackpropReLU} was called {@value #FORMER_RELU}, in both packages. A model saved then names, e.g.,
 * {@code "@class" : "dev.siamese.model.KeptPreActivationDense"}; its configuration is read with the current names
 * instead. Models saved since record the current names.
 */
public final class FormerClassNames {
    static final String FORMER_PACKAGE = "dev.siamese.model";
    static final String FORMER_RELU = "StepReLU";
    /** Each former name (a fully qualified class name) and the class it names now. */
    static final Map<String, Class<?>> FORMER = former();

    private FormerClassNames() {
    }

    private static Map<String, Class<?>> former() {
        Map<String, Class<?>> names = new LinkedHashMap<>();
        // the classes a configuration names: layers, activations, the updater and the stacking vertex
        for (Class<?> moved : List.of(AdjacentStackVertex.class, JavaBatchNormalization.class, JavaRmsProp.class,
                KeptPreActivationConvolution.class, KeptPreActivationDense.class, OneDnnTanh.class)) {
            names.put(FORMER_PACKAGE + "." + moved.getSimpleName(), moved);
        }
        names.put(FORMER_PACKAGE + "." + FORMER_RELU, InPlaceBackpropReLU.class);
        names.put(InPlaceBackpropReLU.class.getPackageName() + "." + FORMER_RELU, InPlaceBackpropReLU.class);
        return Map.copyOf(names);
    }

    /** {@code configurationJson} with each former class name, as a JSON string, replaced by the current one. */
    public static String current(String configurationJson) {
        String json = configurationJson;
        for (Map.Entry<String, Class<?>> e : FORMER.entrySet()) {
            json = json.replace(quoted(e.getKey()), quoted(e.getValue().getName()));
        }
        return json;
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }
}
