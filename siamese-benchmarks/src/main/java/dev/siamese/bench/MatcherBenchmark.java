package dev.siamese.bench;

import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.data.GrayImage;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.engine.BackendInfo;
import dev.siamese.engine.Backends;
import dev.siamese.engine.IdleWorkers;
import dev.siamese.model.IdentityBatch;
import dev.siamese.model.SiameseGraphFactory;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.Activation;
import dev.siamese.spec.AugmentationSpec;
import dev.siamese.spec.BranchPresets;
import dev.siamese.spec.EvaluationSpec;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.LossSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.PairStrategy;
import dev.siamese.spec.PairsSpec;
import dev.siamese.spec.ScheduleSpec;
import dev.siamese.spec.SplitSpec;
import dev.siamese.spec.SplitStrategy;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;
import dev.siamese.spec.TrainingSpec;
import dev.siamese.train.IdentityBatches;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the fingerprint workloads at 128×128 (not a test; numbers depend on the machine and its load):
 * the matcher's recipe (fingerprint branch, CosFace over the training fingers, batch 64, rotation and
 * translation augmentation, Adam with weight decay) per step split into data (gathering and augmenting a
 * batch, done on its own thread in training), forward (training mode) and backward + update (the rest of a
 * step); training images/s; embeddings/s at batch 256; and the synthetic-conv-deep pair branch (batch 32
 * pairs, Adam) in pairs/s; the latency of verifying one pair through {@link FingerprintMatcher}. Run with {@code mvn -pl siamese-benchmarks exec:java@bench-matcher}; arguments:
 * measured steps (default 20), warm-up steps (5), and {@code matcher} to time the matcher's recipe only (for a
 * profiler attached to the whole run).
 */
public final class MatcherBenchmark {
    private static final int SIZE = 128;
    private static final int BATCH = 64;

    private MatcherBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BackendInfo backend = Backends.initialise();
        Path dir = Files.createTempDirectory("siamese-bench-matcher");
        ExperimentSpec spec = spec();
        new DatasetPreparer().prepare(spec, dir.resolve("data"));
        PreparedDataset data = PreparedDataset.read(dir.resolve("data"));
        System.out.println("Backend: " + backend.describe() + "; " + IdleWorkers.describe(System.getenv()));
        System.out.printf(Locale.ROOT, "%d×%d synthetic prints; median of %d steps after %d warm-up%n", SIZE, SIZE,
                measured, warmUp);

        IdentityBatches batches = new IdentityBatches(data, SiameseGraphFactory.layoutOf(spec.model().branch()),
                spec.training().augmentation());
        SiameseNetwork net = SiameseNetwork.create(spec.model(), spec.training(), 1, SIZE, SIZE, batches.identities(),
                DataType.FLOAT);
        ComputationGraph graph = net.graph();
        List<Integer> order = batches.order(new Random(1));
        List<Double> dataMs = new ArrayList<>();
        List<Double> forwardMs = new ArrayList<>();
        List<Double> stepMs = new ArrayList<>();
        for (int s = 0; s < warmUp + measured; s++) {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                indices.add(order.get((s * BATCH + i) % order.size()));
            }
            long t0 = System.nanoTime();
            IdentityBatch batch = batches.batch(indices, new Random(s));
            long t1 = System.nanoTime();
            // the forward pass alone, in training mode, in the graph's workspaces as fit runs it
            for (INDArray out : graph.output(true, batch.images())) {
                out.close();
            }
            long t2 = System.nanoTime();
            net.fit(batch);
            long t3 = System.nanoTime();
            if (s >= warmUp) {
                dataMs.add((t1 - t0) / 1e6);
                forwardMs.add((t2 - t1) / 1e6);
                stepMs.add((t3 - t2) / 1e6);
            }
        }
        double step = Benchmark.median(stepMs);
        double forward = Benchmark.median(forwardMs);
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %12s %10s %12s %14s %12s%n", "workload", "data ms", "fwd ms",
                "bwd+upd ms", "step ms", "images/s", "embeddings/s", "peak RSS MB");
        System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %12.1f %10.1f %12.1f %14.1f %12d%n",
                "fingerprint + CosFace, batch 64", Benchmark.median(dataMs), forward, step - forward, step, BATCH / (step / 1000),
                Benchmark.embeddingsPerSecond(net, data, measured), Benchmark.peakRssMb());
        verification(net, data, dir, measured);
        if (args.length > 2 && args[2].equals("matcher")) {
            return;
        }

        TrainingSteps.Steps deep = TrainingSteps.convDeep(data);
        List<Double> pairMs = new ArrayList<>();
        for (int s = 0; s < warmUp + measured; s++) {
            double ms = deep.train().run();
            if (s >= warmUp) {
                pairMs.add(ms);
            }
        }
        double pairStep = Benchmark.median(pairMs);
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %12s %10.1f %12s %14.1f %12d%n",
                "synthetic-conv-deep pairs, batch 32", "-", "-", "-", pairStep,
                String.format(Locale.ROOT, "%.1f pairs/s", TrainingSteps.CONV_DEEP_PAIRS / (pairStep / 1000)),
                Benchmark.embeddingsPerSecond(deep.embed(), measured), Benchmark.peakRssMb());
    }

    /**
     * What a user of {@code siamese:match} waits for: one pair through {@link FingerprintMatcher#distance(GrayImage,
     * GrayImage)} (two images embedded, their distance), the model loaded from its file as a user would.
     */
    private static void verification(SiameseNetwork net, PreparedDataset data, Path dir, int measured) {
        Path model = dir.resolve("model.zip");
        net.save(model);
        FingerprintMatcher matcher = FingerprintMatcher.load(model);
        List<GrayImage> images = data.images().values().stream().map(l -> l.image()).toList();
        List<Double> ms = new ArrayList<>();
        for (int s = 0; s < 5 + measured; s++) {
            long t = System.nanoTime();
            matcher.distance(images.get(2 * s % images.size()), images.get((2 * s + 1) % images.size()));
            if (s >= 5) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "verification of one pair (2 embeddings + distance, FingerprintMatcher): "
                + "median %.1f ms over %d pairs%n", Benchmark.median(ms), measured);
    }

    /** 64 fingers × 8 impressions at 128 px: enough distinct images for the batches. */
    static ExperimentSpec spec() {
        SyntheticFingerprintsDatasetSpec prints = new SyntheticFingerprintsDatasetSpec(64, 8, SIZE,
                SyntheticFingerprintsDatasetSpec.defaultRidgePeriod(SIZE),
                SyntheticFingerprintsDatasetSpec.ClassMix.NATURAL,
                SyntheticFingerprintsDatasetSpec.ImpressionVariation.defaults(SIZE));
        ModelSpec model = new ModelSpec(ModelSpec.ModelType.SIAMESE, "fingerprint",
                BranchPresets.get("fingerprint").orElseThrow(), 1.0, Double.NaN, ModelSpec.WeightInit.GLOROT_UNIFORM,
                new LossSpec.MarginSoftmax(LossSpec.Kind.COSFACE, 30, 0.35));
        OptimizerSpec adam = OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM);
        TrainingSpec training = new TrainingSpec(new OptimizerSpec(adam.type(), 2e-3, adam.rho(), adam.epsilon(),
                adam.beta1(), adam.beta2(), adam.momentum()), 1, BATCH, null, 5e-4, ScheduleSpec.CONSTANT,
                new AugmentationSpec(15, 0.12, 0, 0, 0), 1);
        return new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, "bench-matcher", "", 1, prints,
                new SplitSpec(0.25, SplitStrategy.BY_IDENTITY, true), new PairsSpec(PairStrategy.BALANCED, 1.0 / 3),
                model, training, new EvaluationSpec(0.5), List.of(), null, "{}");
    }

    /** synthetic-conv-deep's branch. */
    static List<LayerSpec> convDeep() {
        return List.of(
                new LayerSpec.Conv2d(8, 5, 5, 1, 1, LayerSpec.Padding.VALID, Activation.RELU),
                new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Conv2d(16, 5, 5, 1, 1, LayerSpec.Padding.VALID, Activation.RELU),
                new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Conv2d(32, 3, 3, 1, 1, LayerSpec.Padding.VALID, Activation.RELU),
                new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(32, Activation.TANH));
    }

}
