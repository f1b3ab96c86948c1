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

    /**
     * A residual block: {@code activation(layers(x) + shortcut(x))}, the shortcut being {@code x} itself when
     * the layers keep its shape, else a 1×1 convolution with the stride and channels that reach their output
     * (a projection, as in ResNet).
     */
    record Residual(java.util.List<LayerSpec> layers, Activation activation) implements LayerSpec {
        public Residual {
            layers = java.util.List.copyOf(layers);
        }

        public String type() {
            return "residual";
        }

        /**
         * The stride of the 1×1 projection that takes an input of {@code inHeight × inWidth} to the layers'
         * {@code outHeight × outWidth} (output size ⌈in / stride⌉ per axis), or 0 when no stride does.
         */
        public static int projectionStride(long inHeight, long inWidth, long outHeight, long outWidth) {
            for (int s = 1; s <= Math.max(inHeight, inWidth); s++) {
                if ((inHeight + s - 1) / s == outHeight && (inWidth + s - 1) / s == outWidth) {
                    return s;
                }
            }
            return 0;
        }
    }

    enum Padding { VALID, SAME }

    enum PoolKind { AVG, MAX }
}
