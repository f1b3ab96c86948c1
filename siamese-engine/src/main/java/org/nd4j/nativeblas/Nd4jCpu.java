package org.nd4j.nativeblas;

/**
 * Compatibility shim so that Deeplearning4j 1.0.0-M2.1's oneDNN layer helpers can attach.
 *
 * <p>{@code org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper#mklDnnEnabled()} decides whether the
 * oneDNN convolution, pooling, batch-norm, LRN and LSTM helpers may be used by looking up, by reflection,
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment.getInstance().isUseMKLDNN()}. In M2.1 that class was
 * moved to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and the flag renamed to
 * {@code isUseONEDNN()}; the lookup throws, DL4J records a "failed check" and every helper is removed as
 * "not supported". This class provides the old name and forwards to the new flag (read from the
 * bytecode of deeplearning4j-nn and nd4j-native 1.0.0-M2.1 with {@code javap}).
 *
 * <p>It touches only the native backend's own switch: with a native build without oneDNN the flag is
 * false and DL4J keeps its built-in implementations. Nothing else in this package is defined here.
 */
public final class Nd4jCpu {
    private Nd4jCpu() {
    }

    /** Stand-in for the pre-M2 {@code Nd4jCpu.Environment}; only what DL4J's helper check calls. */
    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        /** The single instance, as the native class's {@code getInstance()}. */
        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether the loaded native build uses oneDNN (formerly MKL-DNN). */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
