package dev.siamese.reference;

import ai.djl.engine.Engine;
import dev.siamese.bench.TrainingSteps;
import dev.siamese.engine.BackendInfo;
import dev.siamese.engine.Backends;
import dev.siamese.engine.IdleWorkers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * Ours and libtorch in one process, alternating: each round runs a block of training steps of one, then of the
 * other (the first step of a block untimed), so both see the machine in the same minute (this 2-core kind drifts by up to 1.5× within minutes,
 * which separate runs cannot tell from a real difference). Per workload it prints the median step of each and
 * the median and range of the per-round ratios. Arguments: rounds (default 5), steps per block (default 5),
 * warm-up steps (default 5), then the workloads to run (default all: dense-1 dense-3 conv conv-deep matcher).
 * Both engines' memory adds up in one process (RSS 10–24 GB measured; once killed for memory at 24 GB during the
 * matcher's embeddings after the four other workloads): run the matcher on its own, with
 * {@code MAVEN_OPTS="-Xmx2g -Dorg.bytedeco.javacpp.maxPhysicalBytes=0"} so that ND4J's garbage is collected early.
 */
public final class Interleaved {
    private Interleaved() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int block = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> workloads = args.length > 3 ? List.of(args).subList(3, args.length)
                : Workload.NAMES;
        BackendInfo backend = Backends.initialise();
        Engine engine = Engine.getEngine("PyTorch");
        System.out.printf(Locale.ROOT, "ours: %s; %s%nlibtorch %s (DJL %s), %s intra-op threads%n", backend.describe(),
                IdleWorkers.describe(System.getenv()),
                engine.getVersion(), Engine.getDjlVersion(), System.getProperty("ai.djl.pytorch.num_threads", "default"));
        System.out.printf(Locale.ROOT, "%d rounds of %d calls each, after %d warm-up steps; train = one step (forward + "
                + "backward + update, inputs made before the clock), embed = embeddings of 256 images%n", rounds, block, warmUp);
        System.out.printf(Locale.ROOT, "%-16s %14s %16s %11s %16s%n", "workload", "ours ms", "libtorch ms",
                "ours/torch", "per-round range");
        for (String name : workloads) {
            TrainingSteps.Steps ours = oursFor(name);
            try (TorchStep torch = new TorchStep(Workload.of(name))) {
                for (int i = 0; i < warmUp; i++) {
                    ours.train().run();
                    torch.run();
                }
                report(name + " train", rounds, block, ours.train()::run, () -> torch.run().step());
                report(name + " embed", rounds, block, ours.embed()::run, torch::embed);
            }
        }
    }

    /** Alternates blocks of {@code a} (ours) and {@code b} (libtorch) and prints their medians and per-round ratios. */
    private static void report(String name, int rounds, int block, DoubleSupplier a, DoubleSupplier b) {
        List<Double> oursMs = new ArrayList<>();
        List<Double> torchMs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<Double> x = timeBlock(a, block);
            List<Double> y = timeBlock(b, block);
            oursMs.addAll(x);
            torchMs.addAll(y);
            ratios.add(ReferenceBenchmark.median(x) / ReferenceBenchmark.median(y));
        }
        System.out.printf(Locale.ROOT, "%-16s %14.1f %16.1f %11.2f %16s%n", name, ReferenceBenchmark.median(oursMs),
                ReferenceBenchmark.median(torchMs), ReferenceBenchmark.median(ratios), String.format(Locale.ROOT, "%.2f–%.2f",
                        ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
    }

    /** {@code block} timed calls after one untimed: the first after the other framework's block pays for the switch. */
    private static List<Double> timeBlock(DoubleSupplier step, int block) {
        step.getAsDouble();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < block; i++) {
            ms.add(step.getAsDouble());
        }
        return ms;
    }

    private static TrainingSteps.Steps oursFor(String name) {
        return switch (name) {
            case "dense-1", "dense-3", "conv" -> TrainingSteps.stripes(name);
            case "conv-deep" -> TrainingSteps.convDeep();
            case "matcher" -> TrainingSteps.matcher();
            default -> throw new IllegalArgumentException("unknown workload " + name);
        };
    }
}
