package dev.siamese.spec;

/** One layer of a branch, as written in {@code model.branch}. */
public sealed interface LayerSpec {
    /** The value of the layer's {@code type}. */
    String type();

    /** A fully connected layer. */
    record Dense(int units, Activation activation) implements LayerSpec {
        public String type() {
            return "dense";
        }
    }

    /** Dropout; {@code rate} is the probability of dropping a unit, as in Keras. */
    record Dropout(double rate) implements LayerSpec {
        public String type() {
            return "dropout";
        }

        /** DL4J's argument: the probability of retaining a unit. */
        public double retainProbability() {
            return 1.0 - rate;
        }
    }

    /** A 2-D convolution. */
    record Conv2d(int filters, int kernelHeight, int kernelWidth, int strideHeight, int strideWidth,
                  Padding padding, Activation activation) implements LayerSpec {
        public String type() {
            return "conv2d";
        }
    }

    /** Average or max pooling. */
    record Pool(PoolKind kind, int size, int stride) implements LayerSpec {
        public String type() {
            return kind == PoolKind.AVG ? "avgpool" : "maxpool";
        }
    }

    /** Flattens a feature map into a vector. */
    record Flatten() implements LayerSpec {
        public String type() {
            return "flatten";
        }
    }

    /** Batch normalization with Keras's defaults (momentum 0.99, epsilon 1e-3). */
    record BatchNorm(double momentum, double epsilon) implements LayerSpec {
        public String type() {
            return "batchnorm";
        }
    }

    /** An activation on its own. */
    record ActivationLayer(Activation activation) implements LayerSpec {
        public String type() {
            return "activation";
        }
    }

    /** Average over every position of each channel: a feature map becomes a vector of its channels. */
    record GlobalAvgPool() implements LayerSpec {
        public String type() {
            return "globalavgpool";
        }
    }

    /** Scales each vector to unit L2 norm. */
    record L2Normalize() implements LayerSpec {
        public String type() {
            return "l2norm";
        }
    }

    enum Padding { VALID, SAME }

    enum PoolKind { AVG, MAX }
}
