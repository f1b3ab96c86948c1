package dev.siamese.spec;

/**
 * An optimizer; fields that do not apply to {@code type} keep their defaults and are not read.
 * Defaults are Keras's: RMSprop lr 1e-3, rho 0.9, epsilon 1e-7; Adam lr 1e-3, beta1 0.9, beta2 0.999,
 * epsilon 1e-7; SGD lr 0.01, momentum 0.
 */
public record OptimizerSpec(OptimizerType type, double learningRate, double rho, double epsilon,
                            double beta1, double beta2, double momentum) {

    public static OptimizerSpec defaults(OptimizerType type) {
        return switch (type) {
            case RMSPROP -> new OptimizerSpec(type, 1e-3, 0.9, 1e-7, 0.9, 0.999, 0);
            case ADAM -> new OptimizerSpec(type, 1e-3, 0.9, 1e-7, 0.9, 0.999, 0);
            case SGD -> new OptimizerSpec(type, 0.01, 0.9, 1e-7, 0.9, 0.999, 0);
        };
    }

    public enum OptimizerType {
        RMSPROP, ADAM, SGD;

        /** The type when a spec names none. */
        public static final OptimizerType DEFAULT = RMSPROP;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
