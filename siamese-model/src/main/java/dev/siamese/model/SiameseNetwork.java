package dev.siamese.model;

import dev.siamese.ExperimentException;
import dev.siamese.Seeds;
import dev.siamese.data.GrayImage;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A Siamese network with one set of branch weights (see {@link SiameseGraphFactory} for the graph and its
 * differences from Keras). Training steps use dropout; {@link #distances}, {@link #embeddings} and
 * {@link #pairOutputs} run in inference mode and draw nothing from ND4J's random generator.
 */
public final class SiameseNetwork {
    private static final Logger LOG = LoggerFactory.getLogger(SiameseNetwork.class);
    private final ComputationGraph graph;
    private final NetworkMetadata metadata;

    private SiameseNetwork(ComputationGraph graph, NetworkMetadata metadata) {
        this.graph = graph;
        this.metadata = metadata;
    }

    /** A freshly initialised network for images of {@code height × width}, weights seeded from {@code seed}. */
    public static SiameseNetwork create(ModelSpec model, OptimizerSpec optimizer, long seed, int height, int width) {
        return create(model, optimizer, seed, height, width, DataType.FLOAT);
    }

    /** As {@link #create(ModelSpec, OptimizerSpec, long, int, int)} with a data type (DOUBLE for gradient checks). */
    public static SiameseNetwork create(ModelSpec model, OptimizerSpec optimizer, long seed, int height, int width,
                                        DataType dataType) {
        Backends.initialise();
        ComputationGraph graph = new ComputationGraph(SiameseGraphFactory.build(model.branch(), model.margin(),
                model.weightInit(), optimizer, Seeds.derive(seed, "model/init"), height, width, dataType));
        graph.init();
        LOG.info("Siamese network: {} parameters, layer helpers {}", graph.numParams(), LayerHelpers.attached(graph));
        return new SiameseNetwork(graph, new NetworkMetadata(NetworkMetadata.FORMAT_VERSION,
                SiameseGraphFactory.layoutOf(model.branch()), height, width));
    }

    /** Reads a network written by {@link #save}. */
    public static SiameseNetwork load(Path file) {
        Backends.initialise();
        try {
            NetworkMetadata metadata = ModelFiles.readMetadata(file);
            return new SiameseNetwork(ModelFiles.readGraph(file), metadata);
        } catch (IOException | RuntimeException e) {
            // a cut coefficients.bin fails inside DL4J with a runtime exception, and is as damaged as a cut zip
            throw new ExperimentException(file + ": cannot read model (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + "); the file is damaged or not a model", e);
        }
    }

    /** Writes configuration, parameters and updater state; same network ⇒ same bytes. */
    public void save(Path file) {
        try {
            ModelFiles.write(graph, metadata, file);
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot write model (" + e.getMessage() + ")", e);
        }
    }

    /** One training step on the batch; returns the mean contrastive loss over its pairs (with dropout). */
    public double fit(PairBatch batch) {
        graph.fit(batch.toMultiDataSet());
        return graph.score();
    }

    /** Images as network input for this network. */
    public INDArray input(List<GrayImage> images) {
        return ImageTensors.of(images, metadata.layout());
    }

    /** Merged embeddings {@code [B, 2E]} (left then right) in inference mode. */
    public INDArray pairOutputs(INDArray left, INDArray right) {
        return graph.output(false, left, right)[0];
    }

    /** Distance per pair, {@code sqrt(max(Σ(a−b)², 1e−7))}, in inference mode (no dropout). */
    public double[] distances(INDArray left, INDArray right) {
        return ContrastiveLoss.distances(pairOutputs(left, right)).castTo(DataType.DOUBLE).data().asDouble();
    }

    /** Distance per pair of images. */
    public double[] distances(List<GrayImage> left, List<GrayImage> right) {
        return distances(input(left), input(right));
    }

    /**
     * Branch outputs {@code [N, E]} in inference mode. The images are split into halves that go in as left
     * and right, so each image passes the branch once.
     */
    public INDArray embeddings(INDArray images) {
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

    /** Branch outputs of the images. */
    public INDArray embeddings(List<GrayImage> images) {
        return embeddings(input(images));
    }

    /** Trainable parameters: those of one branch, as the weights are shared. */
    public long parameterCount() {
        return graph.numParams();
    }

    /** The contrastive-loss margin. */
    public double margin() {
        return ((ContrastiveLoss) ((org.deeplearning4j.nn.conf.layers.LossLayer) graph.getLayer(SiameseGraphFactory.LOSS)
                .conf().getLayer()).getLossFn()).getMargin();
    }

    public NetworkMetadata metadata() {
        return metadata;
    }

    /** The underlying DL4J graph (for inspection and tests; changing it changes this network). */
    public ComputationGraph graph() {
        return graph;
    }
}
