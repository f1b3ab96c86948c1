package dev.siamese.reference;

import ai.djl.engine.Engine;

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
        for (String name : Workload.NAMES) {
            Workload w = Workload.of(name);
            String unit = w.identities() > 0 ? "images/s" : name.equals("conv-deep") ? "pairs/s" : "ms/epoch";
            report(w, run(w, measured, warmUp), unit);
        }
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
        try (TorchStep steps = new TorchStep(w)) {
            for (int s = 0; s < warmUp + measured; s++) {
                TorchStep.Times times = steps.run();
                if (s >= warmUp) {
                    t.forward.add(times.forward());
                    t.backward.add(times.backward());
                    t.update.add(times.update());
                    t.step.add(times.step());
                }
            }
            t.embeddingsPerSecond = embeddingsPerSecond(steps, measured);
        }
        return t;
    }

    /** Embeddings per second at batch 256: the median of {@code repeats} calls after one untimed. */
    private static double embeddingsPerSecond(TorchStep steps, int repeats) {
        steps.embed();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < Math.max(3, repeats); i++) {
            ms.add(steps.embed());
        }
        return TorchStep.EMBEDDING_BATCH / (median(ms) / 1000);
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
