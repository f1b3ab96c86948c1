package dev.siamese.model;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.engine.GraphParts;
import dev.siamese.spec.Activation;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.LossSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.constraint.UnitNormConstraint;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.L2NormalizeVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.UnstackVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

/**
 * Builds the Siamese {@link ComputationGraphConfiguration}: inputs {@code left}, {@code right} →
 * {@link GraphParts#stack()} → the branch layers (one set of weights, applied to all 2B images) →
 * {@code UnstackVertex(0,2)} / {@code UnstackVertex(1,2)} → {@code MergeVertex} → {@code LossLayer} with
 * {@link ContrastiveLoss}.
 *
 * <p>Keras equivalence: weights Glorot-uniform ({@code XAVIER_UNIFORM}) and zero biases; {@code dropout}
 * becomes a {@code DropoutLayer} with DL4J's <em>retain</em> probability {@code 1 − rate}; {@code conv2d}
 * is NCHW with {@code Truncate} (Keras "valid") or {@code Same} padding; {@code batchnorm} uses DL4J's
 * {@code decay} = Keras's momentum and Keras's epsilon, and after a {@code flatten} it gets an explicit
 * {@code CnnToFeedForwardPreProcessor} so that it normalises per feature like Keras (DL4J would otherwise
 * keep it per channel).
 *
 * <p>Known difference: left and right images are stacked into one batch, so in training BatchNorm's batch
 * statistics (and its running averages) are computed over both sides together, while Keras calls the branch
 * twice and normalises each side with its own batch statistics (updating the running averages twice). In
 * inference both use the running averages, so only training dynamics differ.
 */
public final class SiameseGraphFactory {
    static final String LEFT = "left";
    static final String RIGHT = "right";
    static final String STACK = "stack";
    static final String EMBED_LEFT = "embedLeft";
    static final String EMBED_RIGHT = "embedRight";
    static final String PAIR = "pair";
    static final String LOSS = "loss";
    static final String IMAGES = "images";
    static final String NORMALIZED = "normalized";
    static final String CLASSES = "classes";

    private SiameseGraphFactory() {
    }

    /** DL4J's name for each initialization: Glorot is Xavier, He is "ReLU". */
    static WeightInit weightInit(ModelSpec.WeightInit init) {
        return switch (init) {
            case GLOROT_UNIFORM -> WeightInit.XAVIER_UNIFORM;
            case GLOROT_NORMAL -> WeightInit.XAVIER;
            case HE_UNIFORM -> WeightInit.RELU_UNIFORM;
            case HE_NORMAL -> WeightInit.RELU;
            case LECUN_NORMAL -> WeightInit.LECUN_NORMAL;
        };
    }

    /** The layout images must be given in for {@code branch}. */
    public static InputLayout layoutOf(List<LayerSpec> branch) {
        for (LayerSpec l : branch) {
            if (l instanceof LayerSpec.Flatten || l instanceof LayerSpec.Dense) {
                return InputLayout.FLAT;
            }
            if (l instanceof LayerSpec.Conv2d || l instanceof LayerSpec.Pool || l instanceof LayerSpec.Residual) {
                return InputLayout.NCHW;
            }
        }
        return InputLayout.FLAT;
    }

    /**
     * The graph for images of {@code height × width}.
     *
     * @param seed     seed of the weight initialisation (DL4J also reseeds ND4J's RNG with it on init)
     * @param dataType FLOAT for training; DOUBLE for gradient checks
     */
    public static ComputationGraphConfiguration build(List<LayerSpec> branch, double margin, OptimizerSpec optimizer,
                                                      long seed, int height, int width, DataType dataType) {
        return build(branch, margin, ModelSpec.WeightInit.GLOROT_UNIFORM, optimizer, seed, height,
                width, dataType);
    }

    /** As {@link #build(List, double, OptimizerSpec, long, int, int, DataType)} with the given weight initialization. */
    public static ComputationGraphConfiguration build(List<LayerSpec> branch, double margin,
                                                      ModelSpec.WeightInit init, OptimizerSpec optimizer,
                                                      long seed, int height, int width, DataType dataType) {
        InputLayout layout = layoutOf(branch);
        InputType input = inputType(layout, height, width);
        GraphBuilder g = base(init, optimizer, seed, dataType, 0)
                .addInputs(LEFT, RIGHT)
                .setInputTypes(input, input)
                .addVertex(STACK, GraphParts.stack(), LEFT, RIGHT);
        String previous = addBranch(g, STACK, branch, layout, height, width);
        return g.addVertex(EMBED_LEFT, new UnstackVertex(0, 2), previous)
                .addVertex(EMBED_RIGHT, new UnstackVertex(1, 2), previous)
                .addVertex(PAIR, new MergeVertex(), EMBED_LEFT, EMBED_RIGHT)
                .addLayer(LOSS, new LossLayer.Builder().lossFunction(new ContrastiveLoss(margin))
                        .activation(new ActivationIdentity()).build(), PAIR)
                .setOutputs(LOSS)
                .build();
    }

    /**
     * The graph trained by finger: input {@code images} → the branch (its last vertex is the embedding,
     * named by {@link #embeddingVertex}) → L2 normalisation ({@value #NORMALIZED}), then for a margin-softmax
     * loss a bias-free layer of one unit-norm weight vector per training finger, whose outputs are cosines →
     * {@link MarginSoftmaxLoss} (pairs compared by the cosine distance of the branch outputs), or for the
     * triplet loss {@link TripletLoss} on the normalised embeddings themselves (pairs compared by their
     * Euclidean distance).
     */
    public static ComputationGraphConfiguration buildByIdentity(List<LayerSpec> branch, LossSpec loss,
                                                                ModelSpec.WeightInit init, OptimizerSpec optimizer,
                                                                double weightDecay, long seed, int height, int width,
                                                                int identities, DataType dataType) {
        InputLayout layout = layoutOf(branch);
        GraphBuilder g = base(init, optimizer, seed, dataType, weightDecay)
                .addInputs(IMAGES)
                .setInputTypes(inputType(layout, height, width));
        String embedding = addBranch(g, IMAGES, branch, layout, height, width);
        g.addVertex(NORMALIZED, new L2NormalizeVertex(new int[] {1}, 1e-12), embedding);
        if (loss instanceof LossSpec.Triplet t) {
            return g.addLayer(LOSS, new LossLayer.Builder()
                            .lossFunction(new TripletLoss(t.margin(), t.mining() == LossSpec.Mining.SEMI_HARD))
                            .activation(new ActivationIdentity()).build(), NORMALIZED)
                    .setOutputs(LOSS)
                    .build();
        }
        if (!(loss instanceof LossSpec.MarginSoftmax m)) {
            throw new IllegalArgumentException("loss " + loss.type() + " is not trained by finger");
        }
        return g.addLayer(CLASSES, new OutputLayer.Builder()
                        .nOut(identities)
                        .hasBias(false)
                        .activation(new ActivationIdentity())
                        .weightInit(WeightInit.XAVIER)
                        .constrainWeights(new UnitNormConstraint(0))
                        .lossFunction(new MarginSoftmaxLoss(m.scale(), m.margin(), m.kind() == LossSpec.Kind.ARCFACE,
                                m.center()))
                        .build(), NORMALIZED)
                .setOutputs(CLASSES)
                .build();
    }

    /** How pairs are compared for a network trained with {@code loss}: cosine for margin softmax, else Euclidean. */
    public static EmbeddingDistance distanceOf(LossSpec loss) {
        return loss instanceof LossSpec.MarginSoftmax ? EmbeddingDistance.COSINE : EmbeddingDistance.EUCLIDEAN;
    }

    /**
     * The vertex whose output is the embedding in a graph of {@link #buildByIdentity}: for the triplet loss
     * its loss layer, whose output (identity activation) is the L2-normalised embedding the loss sees — a
     * layer, as DL4J feeds forward to layers only; the branch's last for a margin-softmax loss.
     */
    public static String embeddingVertex(List<LayerSpec> branch, LossSpec loss) {
        return loss instanceof LossSpec.Triplet ? LOSS : embeddingVertex(branch);
    }

    /** The name of the vertex whose output is the embedding in a graph of {@link #buildByIdentity}. */
    public static String embeddingVertex(List<LayerSpec> branch) {
        int index = (int) branch.stream().filter(l -> !(l instanceof LayerSpec.Flatten)).count();
        LayerSpec last = branch.get(branch.size() - 1);
        return last instanceof LayerSpec.Flatten ? vertexName(index, last) : vertexName(index - 1, last);
    }

    private static InputType inputType(InputLayout layout, int height, int width) {
        return layout == InputLayout.FLAT ? InputType.feedForward((long) height * width)
                : InputType.convolutional(height, width, 1);
    }

    private static GraphBuilder base(ModelSpec.WeightInit init, OptimizerSpec optimizer, long seed, DataType dataType,
                                     double weightDecay) {
        NeuralNetConfiguration.Builder b = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(dataType)
                .weightInit(weightInit(init))
                .biasInit(0)
                .updater(Updaters.of(optimizer));
        if (weightDecay > 0) {
            b.l2(weightDecay);
        }
        return b.graphBuilder();
    }

    private static String vertexName(int index, LayerSpec spec) {
        return "branch" + index + "_" + spec.type();
    }

    /**
     * Adds the branch's layers after {@code input}, named {@code branch<i>_<type>} with {@code i} counting the
     * layers other than flatten; returns the name of the last vertex (the embedding).
     */
    private static String addBranch(GraphBuilder g, String input, List<LayerSpec> branch, InputLayout layout,
                                    int height, int width) {
        String previous = input;
        Shape shape = layout == InputLayout.FLAT ? Shape.flat((long) height * width) : new Shape(false, 1, height, width);
        InputPreProcessor pending = null;
        int index = 0;
        for (int at = 0; at < branch.size(); at++) {
            LayerSpec spec = branch.get(at);
            if (spec instanceof LayerSpec.Flatten) {
                if (!shape.flat()) {
                    pending = new CnnToFeedForwardPreProcessor(shape.height(), shape.width(), shape.channels());
                    shape = Shape.flat(shape.size());
                }
                continue;
            }
            String name = vertexName(index++, spec);
            if (spec instanceof LayerSpec.L2Normalize) {
                if (pending != null) { // flatten, then normalise: the identity layer carries the preprocessor
                    String flat = name + "_flat";
                    g.addLayer(flat, new ActivationLayer.Builder().activation(new ActivationIdentity()).build(),
                            pending, previous);
                    previous = flat;
                    pending = null;
                }
                g.addVertex(name, new L2NormalizeVertex(new int[] {1}, 1e-12), previous);
            } else if (spec instanceof LayerSpec.Residual r) {
                addResidual(g, name, previous, r, shape);
            } else {
                Layer layer;
                if (reluFollows(branch, at)) {
                    // the ReLU inside the normalisation; its index stays taken, so later layers keep their names
                    layer = GraphParts.batchNorm(batchNorm((LayerSpec.BatchNorm) spec), true);
                    index++;
                    at++;
                } else {
                    // a ReLU convolution's output serves its backward pass where no later layer changes it: no copy
                    layer = layer(spec, shape, spec instanceof LayerSpec.Conv2d c && c.activation() == Activation.RELU
                            && readsWithoutChanging(branch, at + 1));
                }
                if (previous.equals(input)) {
                    GraphParts.fedByInput(layer); // its input is the images
                }
                if (pending != null) {
                    g.addLayer(name, layer, pending, previous);
                    pending = null;
                } else {
                    g.addLayer(name, layer, previous);
                }
            }
            shape = shape.after(spec);
            previous = name;
        }
        if (pending != null) { // the branch ends in a flatten: flatten the feature maps into the embedding vertex
            String name = "branch" + index + "_flatten";
            g.addLayer(name, new ActivationLayer.Builder().activation(new ActivationIdentity()).build(), pending,
                    previous);
            previous = name;
        }
        return previous;
    }

    /**
     * A residual block named {@code name}: its layers {@code <name>_<j>_<type>}, a projection
     * {@code <name>_shortcut} when they change the shape, the sum {@code <name>_add}, and the block's
     * activation as the layer {@code name} itself (the vertex later layers read).
     */
    private static void addResidual(GraphBuilder g, String name, String input, LayerSpec.Residual block, Shape in) {
        String previous = input;
        Shape shape = in;
        int j = 0;
        for (LayerSpec inner : block.layers()) {
            String innerName = name + "_" + j++ + "_" + inner.type();
            g.addLayer(innerName, layer(inner, shape, false), previous);
            shape = shape.after(inner);
            previous = innerName;
        }
        String shortcut = input;
        if (!shape.equals(in)) {
            int stride = LayerSpec.Residual.projectionStride(in.height(), in.width(), shape.height(), shape.width());
            shortcut = name + "_shortcut";
            g.addLayer(shortcut, new ConvolutionLayer.Builder(1, 1).stride(stride, stride).nOut(shape.channels())
                    .convolutionMode(ConvolutionMode.Same).activation(new ActivationIdentity()).build(), input);
        }
        String sum = name + "_add";
        g.addVertex(sum, new ElementWiseVertex(ElementWiseVertex.Op.Add), previous, shortcut);
        g.addLayer(name, new ActivationLayer.Builder().activation(Activations.of(block.activation())).build(), sum);
    }

    /** The layer of {@code spec}; a ReLU convolution keeps no copy for its backward pass with {@code reluOutputKept}. */
    private static Layer layer(LayerSpec spec, Shape in, boolean reluOutputKept) {
        if (spec instanceof LayerSpec.Dense d) {
            return GraphParts.dense(new DenseLayer.Builder().nOut(d.units())
                    .activation(Activations.of(d.activation())).build());
        } else if (spec instanceof LayerSpec.Dropout d) {
            return new DropoutLayer.Builder(d.retainProbability()).build();
        } else if (spec instanceof LayerSpec.Conv2d c) {
            return GraphParts.convolution(new ConvolutionLayer.Builder(c.kernelHeight(), c.kernelWidth())
                    .stride(c.strideHeight(), c.strideWidth())
                    .nOut(c.filters())
                    .convolutionMode(c.padding() == LayerSpec.Padding.SAME ? ConvolutionMode.Same : ConvolutionMode.Truncate)
                    .activation(Activations.of(c.activation()))
                    .build(), reluOutputKept);
        } else if (spec instanceof LayerSpec.Pool p) {
            return new SubsamplingLayer.Builder(p.kind() == LayerSpec.PoolKind.AVG
                    ? SubsamplingLayer.PoolingType.AVG : SubsamplingLayer.PoolingType.MAX)
                    .kernelSize(p.size(), p.size())
                    .stride(p.stride(), p.stride())
                    .convolutionMode(ConvolutionMode.Truncate)
                    .build();
        } else if (spec instanceof LayerSpec.BatchNorm b) {
            return GraphParts.batchNorm(batchNorm(b), false);
        } else if (spec instanceof LayerSpec.GlobalAvgPool) {
            return new GlobalPoolingLayer.Builder(PoolingType.AVG).build();
        } else if (spec instanceof LayerSpec.ActivationLayer a) {
            return new ActivationLayer.Builder().activation(Activations.of(a.activation())).build();
        }
        throw new IllegalArgumentException("unsupported layer " + spec + " on input " + in);
    }

    private static BatchNormalization batchNorm(LayerSpec.BatchNorm b) {
        return new BatchNormalization.Builder().decay(b.momentum()).eps(b.epsilon()).build();
    }

    /**
     * Whether the layer at {@code at} (after any flatten, a reshape) reads its input without moving a value across
     * zero in place: pooling, convolution, normalisation and dense layers read it; inverted dropout scales it by a
     * positive factor, or zeroes it where its own backward pass zeroes the gradient. An activation layer is left out
     * (DL4J's copies its input in training, but sigmoid(0) > 0 would break the step were it ever to work in place),
     * and so is the branch's end, which feeds vertices this factory does not vouch for.
     */
    private static boolean readsWithoutChanging(List<LayerSpec> branch, int at) {
        while (at < branch.size() && branch.get(at) instanceof LayerSpec.Flatten) {
            at++;
        }
        if (at >= branch.size()) {
            return false;
        }
        LayerSpec next = branch.get(at);
        return next instanceof LayerSpec.Pool || next instanceof LayerSpec.Conv2d || next instanceof LayerSpec.BatchNorm
                || next instanceof LayerSpec.Dense || next instanceof LayerSpec.Dropout
                || next instanceof LayerSpec.GlobalAvgPool;
    }

    /**
     * Whether the layer at {@code at} is a batch normalisation that a ReLU activation layer follows, not as the
     * branch's last layer (whose vertex is the embedding's): the two then run as one layer.
     */
    private static boolean reluFollows(List<LayerSpec> branch, int at) {
        return branch.get(at) instanceof LayerSpec.BatchNorm && at + 2 < branch.size()
                && branch.get(at + 1) instanceof LayerSpec.ActivationLayer a && a.activation() == Activation.RELU;
    }

    /** The activation shape between layers, to know when a flatten needs an explicit preprocessor. */
    private record Shape(boolean flat, long channels, long height, long width) {
        static Shape flat(long size) {
            return new Shape(true, size, 1, 1);
        }

        long size() {
            return flat ? channels : channels * height * width;
        }

        Shape after(LayerSpec spec) {
            if (spec instanceof LayerSpec.Dense d) {
                return flat(d.units());
            } else if (spec instanceof LayerSpec.Conv2d c) {
                return new Shape(false, c.filters(), out(height, c.kernelHeight(), c.strideHeight(), c.padding()),
                        out(width, c.kernelWidth(), c.strideWidth(), c.padding()));
            } else if (spec instanceof LayerSpec.GlobalAvgPool) {
                return flat(channels);
            } else if (spec instanceof LayerSpec.Residual r) {
                Shape shape = this;
                for (LayerSpec inner : r.layers()) {
                    shape = shape.after(inner);
                }
                return shape;
            } else if (spec instanceof LayerSpec.Pool p) {
                return new Shape(false, channels, out(height, p.size(), p.stride(), LayerSpec.Padding.VALID),
                        out(width, p.size(), p.stride(), LayerSpec.Padding.VALID));
            }
            return this;
        }

        private static long out(long in, int kernel, int stride, LayerSpec.Padding padding) {
            return padding == LayerSpec.Padding.SAME ? (in + stride - 1) / stride : Math.floorDiv(in - kernel, stride) + 1;
        }
    }
}
