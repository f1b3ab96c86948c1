package dev.siamese.model;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.ExperimentException;
import dev.siamese.Seeds;
import dev.siamese.data.GrayImage;
import dev.siamese.preprocess.ScanPreprocessor;
import dev.siamese.preprocess.TestTimeViews;
import dev.siamese.engine.GraphRuntime;
import dev.siamese.spec.InputSpec;
import dev.siamese.spec.LossSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.TrainingSpec;
import dev.siamese.spec.OptimizerSpec;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A Siamese network with one set of branch weights (see {@link SiameseGraphFactory} for the graph and its
 * differences from Keras). Training steps use dropout; {@link #distances}, {@link #embeddings} and
 * {@link #pairOutputs} run in inference mode and draw nothing from ND4J's random generator.
 */
public final class SiameseNetwork {
    private static final Logger LOG = LoggerFactory.getLogger(SiameseNetwork.class);
    /** Images per inference batch. */
    public static final int CHUNK = 256;
    private final ComputationGraph graph;
    private final NetworkMetadata metadata;
    /** SHA-256 of the pixels of every image it was trained on (with {@code model.init}, the first model's too). */
    private final SortedSet<String> trainedOn;

    private SiameseNetwork(ComputationGraph graph, NetworkMetadata metadata) {
        this(graph, metadata, Set.of());
    }

    private SiameseNetwork(ComputationGraph graph, NetworkMetadata metadata, Set<String> trainedOn) {
        this.graph = graph;
        this.metadata = metadata;
        this.trainedOn = new TreeSet<>(trainedOn);
        GraphRuntime.attach(graph);
    }

    /** A freshly initialised network for images of {@code height × width}, weights seeded from {@code seed}. */
    public static SiameseNetwork create(ModelSpec model, OptimizerSpec optimizer, long seed, int height, int width) {
        return create(model, optimizer, seed, height, width, DataType.FLOAT);
    }

    /**
     * A freshly initialised network trained as {@code model.loss} says: a pair graph for the contrastive loss,
     * or a graph over {@code identities} training fingers for a loss trained by finger.
     */
    public static SiameseNetwork create(ModelSpec model, TrainingSpec training, long seed, int height, int width,
                                        int identities, DataType dataType) {
        LossSpec loss = model.loss();
        if (!loss.byIdentity()) {
            return create(model, training.optimizer(), seed, height, width, dataType);
        }
        NetworkProcess.initialise();
        ComputationGraph graph = new ComputationGraph(SiameseGraphFactory.buildByIdentity(model.branch(), loss,
                model.weightInit(), training.optimizer(), training.weightDecay(), Seeds.derive(seed, "model/init"),
                height, width, identities, dataType));
        graph.init();
        logCreated(graph);
        return new SiameseNetwork(graph, new NetworkMetadata(NetworkMetadata.FORMAT_VERSION,
                SiameseGraphFactory.layoutOf(model.branch()), height, width, SiameseGraphFactory.distanceOf(loss),
                SiameseGraphFactory.embeddingVertex(model.branch(), loss), model.input()));
    }

    /** As {@link #create(ModelSpec, OptimizerSpec, long, int, int)} with a data type (DOUBLE for gradient checks). */
    public static SiameseNetwork create(ModelSpec model, OptimizerSpec optimizer, long seed, int height, int width,
                                        DataType dataType) {
        NetworkProcess.initialise();
        ComputationGraph graph = new ComputationGraph(SiameseGraphFactory.build(model.branch(), model.margin(),
                model.weightInit(), optimizer, Seeds.derive(seed, "model/init"), height, width, dataType));
        graph.init();
        logCreated(graph);
        return new SiameseNetwork(graph, new NetworkMetadata(NetworkMetadata.FORMAT_VERSION,
                SiameseGraphFactory.layoutOf(model.branch()), height, width).withInput(model.input()));
    }

    private static void logCreated(ComputationGraph graph) {
        LOG.info("Siamese network: {} parameters{}", graph.numParams(), GraphRuntime.describe(graph));
    }

    /** Reads a network written by {@link #save}. */
    public static SiameseNetwork load(Path file) {
        ModelFileCheck.check(file); // one line naming a file that is not a model, before DL4J allocates anything
        NetworkProcess.initialise();
        try {
            NetworkMetadata metadata = ModelFiles.readMetadata(file);
            return new SiameseNetwork(ModelFiles.readGraph(file), metadata, ModelFiles.readTrainingImages(file));
        } catch (IOException | RuntimeException e) {
            // a cut coefficients.bin fails inside DL4J with a runtime exception, and is as damaged as a cut zip
            throw new ExperimentException(file + ": cannot read model (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + "); the file is damaged or not a model", e);
        }
    }

    /**
     * The images it was trained on, as SHA-256 of their pixels ({@code GrayImage.sha256}, what data set manifests
     * record): empty for a model saved before this was recorded. Fusion fits its weights on other images.
     */
    public Set<String> trainedOn() {
        return Collections.unmodifiableSortedSet(trainedOn);
    }

    /** Adds images it is trained on (SHA-256 of their pixels); saved with the model. */
    public void recordTrainingImages(Collection<String> sha256s) {
        trainedOn.addAll(sha256s);
    }

    /** Writes configuration, parameters and updater state; same network ⇒ same bytes. */
    public void save(Path file) {
        try {
            ModelFiles.write(graph, metadata, trainedOn, file);
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot write model (" + e.getMessage() + ")", e);
        }
    }

    /** One training step on the batch; returns the mean contrastive loss over its pairs (with dropout). */
    public double fit(PairBatch batch) {
        graph.fit(batch.toMultiDataSet());
        graph.clear(); // the graph keeps no reference to the batch, which its caller may then free
        return graph.score();
    }

    /** One training step of a network trained by finger; returns the batch's mean loss (with dropout). */
    public double fit(IdentityBatch batch) {
        graph.fit(batch.toDataSet());
        graph.clear();
        return graph.score();
    }

    /** Sets the learning rate of every layer (for a schedule; the optimizer's state is kept). */
    public void setLearningRate(double learningRate) {
        graph.setLearningRate(learningRate);
    }

    /** Images as network input for this network. */
    public INDArray input(List<GrayImage> images) {
        return ImageTensors.of(images, metadata.layout());
    }

    /** Merged embeddings {@code [B, 2E]} (left then right) in inference mode. */
    public INDArray pairOutputs(INDArray left, INDArray right) {
        INDArray merged = graph.output(false, left, right)[0];
        graph.clear(); // as after every call on a caller's arrays: no reference to them stays behind
        return merged;
    }

    /**
     * Distance per pair of one forward pass, in inference mode (no dropout): for a pair graph the Euclidean
     * distance of the two embeddings as {@link ContrastiveLoss} measures it, else the recorded
     * {@link EmbeddingDistance} of the two embeddings. Many pairs: {@link BatchedDistances}.
     */
    public double[] distances(INDArray left, INDArray right) {
        if (metadata.byIdentity()) {
            return RowDistances.of(metadata.distance(), embeddings(left), embeddings(right)).castTo(DataType.DOUBLE).data().asDouble();
        }
        return ContrastiveLoss.distances(pairOutputs(left, right)).castTo(DataType.DOUBLE).data().asDouble();
    }

    /**
     * Branch outputs {@code [N, E]} in inference mode. The images are split into halves that go in as left
     * and right, so each image passes the branch once.
     */
    public INDArray embeddings(INDArray images) {
        if (metadata.byIdentity()) {
            return identityEmbeddings(images);
        }
        long n = images.size(0);
        INDArray padded = n % 2 == 0 ? images : Nd4j.concat(0, images, images.get(NDArrayIndex.interval(0, 1)));
        long half = padded.size(0) / 2;
        INDArray merged = pairOutputs(padded.get(NDArrayIndex.interval(0, half)),
                padded.get(NDArrayIndex.interval(half, 2 * half)));
        long e = merged.size(1) / 2;
        INDArray all = Nd4j.concat(0, merged.get(NDArrayIndex.all(), NDArrayIndex.interval(0, e)),
                merged.get(NDArrayIndex.all(), NDArrayIndex.interval(e, 2 * e)));
        return all.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).dup();
    }

    /**
     * Branch outputs of the images, {@value #CHUNK} at a time. A network trained by finger whose input asks for
     * several views ({@code model.input.views}) embeds each of them and returns the mean of their unit embeddings.
     */
    public INDArray embeddings(List<GrayImage> images) {
        int views = metadata.input() == null || !metadata.byIdentity() ? 1 : metadata.input().viewCount();
        if (views == 1) {
            return singleViewEmbeddings(images);
        }
        int fill = Math.round(255 * ScanPreprocessor.background(metadata.input()));
        INDArray sum = null;
        for (int v = 0; v < views; v++) {
            int view = v;
            INDArray e = singleViewEmbeddings(images.stream().map(i -> TestTimeViews.of(i, view, fill)).toList());
            INDArray unit = e.divColumnVector(e.norm2(1).addi(1e-12).reshape(e.size(0), 1));
            sum = sum == null ? unit : sum.addi(unit);
        }
        return sum.divi(views);
    }

    /** Branch outputs of the images as they are (no test-time views), {@value #CHUNK} at a time. */
    public INDArray singleViewEmbeddings(List<GrayImage> images) {
        List<INDArray> parts = new ArrayList<>();
        for (int from = 0; from < images.size(); from += CHUNK) {
            INDArray chunk = input(images.subList(from, Math.min(images.size(), from + CHUNK)));
            parts.add(embeddings(chunk));
            NativeArrays.free(chunk);
        }
        return parts.size() == 1 ? parts.get(0) : Nd4j.concat(0, parts.toArray(INDArray[]::new));
    }

    /**
     * The embedding layer's output. DL4J's {@code output} for named layers
     * keeps the layers' activations in its workspaces and hands back only the one asked for; {@code feedForward}
     * allocates every layer's output afresh outside them and returns them all (for 256 matcher prints, a dozen
     * tensors of up to 200 MB each, page-faulted in on every call). M2.1's {@code output} leaves a workspace open
     * when the layer asked for reads the network's input itself (tested), so such a one-layer branch feeds the
     * whole graph forward: its layers after the embedding (normalisation, the class cosines) are small.
     */
    private INDArray identityEmbeddings(INDArray images) {
        String name = metadata.embeddingVertex();
        if (graph.getVertex(name) == null) {
            throw new IllegalStateException("model has no layer " + name + " to read embeddings from");
        }
        ComputationGraphConfiguration conf = graph.getConfiguration();
        boolean readsTheInput = conf.getVertexInputs().get(name).stream().anyMatch(conf.getNetworkInputs()::contains);
        INDArray out = readsTheInput
                ? graph.feedForward(new INDArray[] {images}, false).get(name).dup()
                : graph.output(List.of(name), false, new INDArray[] {images}, null)[0];
        graph.clear(); // no reference to the images stays behind: callers may free them
        return out;
    }

    /**
     * Copies into this network every parameter of {@code trained} (named {@code name} in errors) except the identity
     * head's: the branch's weights, biases and BatchNorm statistics, layer by layer by name. Both must have the same
     * branch and input; the head over this network's training fingers keeps its fresh weights.
     */
    public void startEmbeddingFrom(SiameseNetwork trained, String name) {
        InputSpec a = trained.metadata.input();
        InputSpec b = metadata.input();
        boolean sameInput = a == null ? b == null : a.preparesLike(b);
        if (!sameInput || trained.metadata.width() != metadata.width()
                || trained.metadata.height() != metadata.height()) {
            throw new ExperimentException(name + ": model.init must see scans as this network does; it takes "
                    + describeInput(trained.metadata) + ", this network " + describeInput(metadata));
        }
        for (Layer layer : graph.getLayers()) {
            String layerName = layer.conf().getLayer().getLayerName();
            if (layerName.equals(SiameseGraphFactory.CLASSES) || layer.numParams() == 0) {
                continue;
            }
            Layer source = trained.graph.getVertex(layerName) == null ? null
                    : trained.graph.getLayer(layerName);
            if (source == null) {
                throw new ExperimentException(name + ": has no layer " + layerName
                        + "; model.init needs a model of the same branch");
            }
            Map<String, INDArray> from = source.paramTable();
            Map<String, INDArray> to = layer.paramTable();
            if (!from.keySet().equals(to.keySet())) {
                throw new ExperimentException(name + ": layer " + layerName + " holds " + from.keySet()
                        + ", this network's " + to.keySet() + "; model.init needs a model of the same branch");
            }
            for (Map.Entry<String, INDArray> e : to.entrySet()) {
                INDArray value = from.get(e.getKey());
                if (!Arrays.equals(value.shape(), e.getValue().shape())) {
                    throw new ExperimentException(name + ": layer " + layerName + "'s " + e.getKey() + " is "
                            + Arrays.toString(value.shape()) + ", this network's " + Arrays.toString(e.getValue().shape())
                            + "; model.init needs a model of the same branch");
                }
                e.getValue().assign(value);
            }
        }
    }

    private static String describeInput(NetworkMetadata m) {
        return m.input() == null ? m.width() + "×" + m.height() + " images as they are"
                : m.input().width() + "×" + m.input().height() + " at " + m.input().dpi() + " dpi, normalisation "
                + m.input().normalisation().jsonName();
    }

    /** Trainable parameters: those of one branch, as the weights are shared. */
    public long parameterCount() {
        return graph.numParams();
    }

    /** The contrastive-loss margin (pair graphs only). */
    public double margin() {
        return ((ContrastiveLoss) ((LossLayer) graph.getLayer(SiameseGraphFactory.LOSS)
                .conf().getLayer()).getLossFn()).getMargin();
    }

    public NetworkMetadata metadata() {
        return metadata;
    }

    /**
     * An independent copy: parameters, optimizer state and configuration, so that it saves to the same bytes
     * as this network did when copied, whatever this one goes on to learn.
     */
    public SiameseNetwork copy() {
        ComputationGraph copy = graph.clone();
        // clone() starts the counts afresh; Adam's bias correction and the saved configuration need them
        copy.getConfiguration().setIterationCount(graph.getConfiguration().getIterationCount());
        copy.getConfiguration().setEpochCount(graph.getConfiguration().getEpochCount());
        return new SiameseNetwork(copy, metadata, trainedOn);
    }

    /** The underlying DL4J graph (for inspection and tests; changing it changes this network). */
    public ComputationGraph graph() {
        return graph;
    }
}
