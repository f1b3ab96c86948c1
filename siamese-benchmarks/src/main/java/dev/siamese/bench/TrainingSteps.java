package dev.siamese.bench;

import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.model.IdentityBatch;
import dev.siamese.model.ImageTensors;
import dev.siamese.model.PairBatch;
import dev.siamese.model.SiameseGraphFactory;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.train.IdentityBatches;
import dev.siamese.model.PairTensors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's training workloads one step at a time, for a runner that alternates them with another
 * framework's steps in one process ({@code siamese-benchmarks/pytorch-reference}'s {@code Interleaved}), so that
 * both see the same machine at the same moment. A step times {@link SiameseNetwork#fit} alone: its batch is built
 * beforehand, as the reference builds its inputs before its clock starts.
 */
public final class TrainingSteps {
    /** One step; returns its wall-clock time in ms. */
    public interface Step {
        double run();
    }

    /** A workload's training step and its inference step (embeddings of {@value #EMBEDDING_BATCH} images). */
    public record Steps(Step train, Step embed) {
    }

    static final int EMBEDDING_BATCH = 256;
    static final int CONV_DEEP_PAIRS = 32;

    private TrainingSteps() {
    }

    /** A seed-stripes preset ({@code dense-1}, {@code dense-3}, {@code conv}): the 24 training pairs as one batch. */
    public static Steps stripes(String preset) {
        ExperimentSpec spec = Benchmark.seedSpec(preset, 1);
        PreparedDataset data = prepare(spec);
        int size = data.manifest().width();
        SiameseNetwork net = SiameseNetwork.create(spec.model(), spec.training().optimizer(), 1, size, size);
        PairBatch batch = new PairTensors(data, SiameseGraphFactory.layoutOf(spec.model().branch()))
                .batch(data.pairs().train());
        return new Steps(() -> timed(() -> net.fit(batch)), embedding(net, data));
    }

    /** synthetic-conv-deep's branch: {@value #CONV_DEEP_PAIRS} pairs of 128×128 prints a step, Adam. */
    public static Steps convDeep() {
        return convDeep(prepare(MatcherBenchmark.spec()));
    }

    /** The same on prints already prepared. */
    static Steps convDeep(PreparedDataset data) {
        ModelSpec deep = new ModelSpec("conv-deep", MatcherBenchmark.convDeep(), 1.0);
        int size = data.manifest().width();
        SiameseNetwork net = SiameseNetwork.create(deep, OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 1,
                size, size);
        List<float[]> pixels = data.images().values().stream().map(l -> l.image().toUnitFloats()).toList();
        Random r = new Random(2);
        List<float[]> images = new ArrayList<>();
        int[] labels = new int[CONV_DEEP_PAIRS];
        for (int i = 0; i < 2 * labels.length; i++) {
            images.add(pixels.get(r.nextInt(pixels.size())));
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2;
        }
        PairBatch batch = new PairBatch(ImageTensors.of(images, size, size, SiameseGraphFactory.layoutOf(deep.branch())),
                ImageTensors.labels(labels));
        return new Steps(() -> timed(() -> net.fit(batch)), embedding(net, data));
    }

    /** The matcher's recipe: 64 augmented prints a step, CosFace over the training fingers, Adam with weight decay. */
    public static Steps matcher() {
        ExperimentSpec spec = MatcherBenchmark.spec();
        PreparedDataset data = prepare(spec);
        int size = data.manifest().width();
        IdentityBatches batches = new IdentityBatches(data, SiameseGraphFactory.layoutOf(spec.model().branch()),
                spec.training().augmentation());
        SiameseNetwork net = SiameseNetwork.create(spec.model(), spec.training(), 1, size, size, batches.identities(),
                DataType.FLOAT);
        List<Integer> order = batches.order(new Random(1));
        int[] step = {0};
        Step train = () -> {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                indices.add(order.get((step[0] * 64 + i) % order.size()));
            }
            try (IdentityBatch batch = batches.batch(indices, new Random(step[0]++))) {
                return timed(() -> net.fit(batch));
            }
        };
        return new Steps(train, embedding(net, data));
    }

    /** Embeddings of {@value #EMBEDDING_BATCH} of the data set's images (cycled) in inference mode. */
    static Step embedding(SiameseNetwork net, PreparedDataset data) {
        List<GrayImage> images = new ArrayList<>();
        List<LabeledImage> all = new ArrayList<>(data.images().values());
        for (int i = 0; i < EMBEDDING_BATCH; i++) {
            images.add(all.get(i % all.size()).image());
        }
        INDArray input = net.input(images);
        return () -> timed(() -> net.embeddings(input));
    }

    private static double timed(Runnable step) {
        long t = System.nanoTime();
        step.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static PreparedDataset prepare(ExperimentSpec spec) {
        try {
            Path dir = Files.createTempDirectory("siamese-steps");
            new DatasetPreparer().prepare(spec, dir.resolve("data"));
            return PreparedDataset.read(dir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
