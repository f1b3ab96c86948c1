package dev.siamese.reference;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The training-speed benchmark's workloads on libtorch (PyTorch's C++ core, CPU build) through DJL, so that
 * {@code exec:java@bench} and {@code exec:java@bench-matcher} can be compared with PyTorch side by side on one
 * machine. Same networks ({@link Branches}), input sizes, batch sizes, losses and optimisers; the two images of a
 * pair go through the branch as one stacked batch, as in siamese-model's graph. Inputs are random tensors of the
 * right shape (the cost of a step does not depend on the pixels); data preparation is not timed, as in the
 * per-step figures of bench-matcher. Arguments: measured steps (default 20), warm-up steps (default 5).
 */
public final class ReferenceBenchmark {
    private static final int EMBEDDING_BATCH = 256;

    private ReferenceBenchmark() {
    }

    public static void main(String[] args) {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Engine engine = Engine.getEngine("PyTorch");
        System.out.printf(Locale.ROOT, "libtorch %s (DJL %s), %s intra-op threads; median of %d steps after %d warm-up%n",
                engine.getVersion(), Engine.getDjlVersion(), System.getProperty("ai.djl.pytorch.num_threads", "default"),
                measured, warmUp);
        System.out.printf(Locale.ROOT, "%-40s %8s %8s %8s %9s %14s %14s%n", "workload", "fwd ms", "bwd ms", "upd ms",
                "step ms", "per second", "embeddings/s");
        Optimizer rmsprop = new RmsPropUpdate(1e-3f, 0.9f, 1e-7f);
        // The seed's stripes: 24 training pairs per epoch at batch 32 are one step of 24 pairs.
        for (String preset : List.of("dense-1", "dense-3", "conv")) {
            Workload w = Workload.pairs("stripes " + preset + ", 24 pairs, 160 px", Branches.get(preset), 24, 160,
                    rmsprop);
            report(w, run(w, measured, warmUp), "ms/epoch");
        }
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).optBeta1(0.9f)
                .optBeta2(0.999f).optEpsilon(1e-7f).build();
        Workload deep = Workload.pairs("synthetic-conv-deep, 32 pairs, 128 px", Branches.get("conv-deep"), 32, 128,
                adam);
        report(deep, run(deep, measured, warmUp), "pairs/s");
        Optimizer adamDecay = Optimizer.adam().optLearningRateTracker(Tracker.fixed(2e-3f)).optBeta1(0.9f)
                .optBeta2(0.999f).optEpsilon(1e-7f).optWeightDecays(5e-4f).build();
        Workload matcher = Workload.identities("fingerprint + CosFace, 64 images, 128 px", 64, 128, 48, adamDecay);
        report(matcher, run(matcher, measured, warmUp), "images/s");
    }

    private static void report(Workload w, Timings t, String unit) {
        double step = median(t.step);
        double perSecond = switch (unit) {
            case "pairs/s" -> w.pairs() / (step / 1000);
            case "images/s" -> w.batch() / (step / 1000);
            default -> w.pairs() / (step / 1000);
        };
        String rate = unit.equals("ms/epoch") ? String.format(Locale.ROOT, "%.1f pairs/s", perSecond)
                : String.format(Locale.ROOT, "%.1f %s", perSecond, unit);
        System.out.printf(Locale.ROOT, "%-40s %8.1f %8.1f %8.1f %9.1f %14s %14.1f%n", w.name(), median(t.forward),
                median(t.backward), median(t.update), step, rate, t.embeddingsPerSecond);
    }

    private static Timings run(Workload w, int measured, int warmUp) {
        Timings t = new Timings();
        try (Model model = Model.newInstance(w.name(), Device.cpu(), "PyTorch")) {
            model.setBlock(w.block());
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(w.optimizer())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(w.batch(), 1, w.size(), w.size()));
                NDManager root = trainer.getManager();
                for (int s = 0; s < warmUp + measured; s++) {
                    try (NDManager step = root.newSubManager()) {
                        NDArray x = step.randomUniform(0, 1, new Shape(w.batch(), 1, w.size(), w.size()));
                        NDArray labels = w.identities() > 0
                                ? step.randomInteger(0, w.identities(), new Shape(w.batch()), DataType.INT64)
                                : step.arange(w.pairs()).toType(DataType.INT32, false).mod(2).toType(DataType.FLOAT32, false);
                        long t0 = System.nanoTime();
                        long t1;
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                            NDArray loss = w.identities() > 0 ? Losses.cosFace(out, labels, w.identities(), 30, 0.35f)
                                    : Losses.contrastive(out, labels, w.pairs(), 1f);
                            loss.toFloatArray(); // forces the forward pass to complete before the clock
                            t1 = System.nanoTime();
                            gc.backward(loss);
                        }
                        long t2 = System.nanoTime();
                        trainer.step();
                        long t3 = System.nanoTime();
                        if (s >= warmUp) {
                            t.forward.add((t1 - t0) / 1e6);
                            t.backward.add((t2 - t1) / 1e6);
                            t.update.add((t3 - t2) / 1e6);
                            t.step.add((t3 - t0) / 1e6);
                        }
                    }
                }
                t.embeddingsPerSecond = embeddingsPerSecond(w, root, trainer, measured);
            }
        }
        return t;
    }

    /** Inference of the branch (no loss head) at batch 256, evaluation mode, no gradients. */
    private static double embeddingsPerSecond(Workload w, NDManager root, Trainer trainer, int repeats) {
        Block branch = w.embeddingBlock();
        ParameterStore store = new ParameterStore(root, false);
        List<Double> seconds = new ArrayList<>();
        try (NDManager m = root.newSubManager()) {
            NDArray x = m.randomUniform(0, 1, new Shape(EMBEDDING_BATCH, 1, w.size(), w.size()));
            for (int i = 0; i < 1 + Math.max(3, repeats); i++) {
                try (NDManager call = m.newSubManager()) {
                    long start = System.nanoTime();
                    NDArray e = branch.forward(store, new NDList(x), false).singletonOrThrow();
                    e.tempAttach(call);
                    e.toFloatArray();
                    if (i > 0) {
                        seconds.add((System.nanoTime() - start) / 1e9);
                    }
                }
            }
        }
        return EMBEDDING_BATCH / median(seconds);
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static final class Timings {
        final List<Double> forward = new ArrayList<>();
        final List<Double> backward = new ArrayList<>();
        final List<Double> update = new ArrayList<>();
        final List<Double> step = new ArrayList<>();
        double embeddingsPerSecond;
    }
}
