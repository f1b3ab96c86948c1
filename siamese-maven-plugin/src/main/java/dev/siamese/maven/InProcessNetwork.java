package dev.siamese.maven;

import dev.siamese.model.NetworkProcess;

/**
 * Prepares Maven's JVM for a goal that runs a network inside it: ND4J's start-up lines (backend, BLAS
 * vendor, build flags, about 16) go to DEBUG unless the user configured those loggers, and ND4J loads its
 * classes through the plugin's class loader. Call before anything touches ND4J.
 */
final class InProcessNetwork {
    private static final String[] NOISY = {"org.nd4j", "org.deeplearning4j", "org.bytedeco"};

    private InProcessNetwork() {
    }

    static void prepare(Class<?> mojo) {
        for (String logger : NOISY) {
            String key = "org.slf4j.simpleLogger.log." + logger; // read by Maven's SLF4J provider when a logger is made
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
        NetworkProcess.useClassLoaderOf(mojo);
    }
}
