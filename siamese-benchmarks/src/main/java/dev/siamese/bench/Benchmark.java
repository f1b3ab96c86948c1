package dev.siamese.bench;

import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.engine.BackendInfo;
import dev.siamese.engine.Backends;
import dev.siamese.engine.IdleWorkers;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.BranchPresets;
import dev.siamese.spec.EvaluationSpec;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.PairStrategy;
import dev.siamese.spec.PairsSpec;
import dev.siamese.spec.ScanVariation;
import dev.siamese.spec.SplitSpec;
import dev.siamese.spec.SplitStrategy;
import dev.siamese.spec.StripesDatasetSpec;
import dev.siamese.spec.TrainingSpec;
import dev.siamese.train.Trainer;
import dev.siamese.train.TrainingResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times training and inference of the presets on the seed's data set (160×160 identical stripes, 24
 * training pairs per epoch, batch 32, RMSprop) and prints a table. Not a test: numbers depend on the machine
 * and its load. Run with {@code mvn -pl siamese-benchmarks exec:java@bench}; arguments: measured epochs
 * (default 10), warm-up epochs (default 3), then the presets to time (default dense-1, dense-3 and conv; one
 * alone for a profiler attached to the run).
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        BackendInfo backend = Backends.initialise();
        Path dir = Files.createTempDirectory("siamese-bench");
        ExperimentSpec spec = seedSpec("dense-1", measured + warmUp);
        new DatasetPreparer().prepare(spec, dir.resolve("data"));
        PreparedDataset data = PreparedDataset.read(dir.resolve("data"));

        System.out.println("Backend: " + backend.describe() + "; " + IdleWorkers.describe(System.getenv()));
        System.out.printf(Locale.ROOT, "ND4J start-up: %.2f s; data: %d training pairs, %dx%d, batch %d; "
                        + "median of %d epochs after %d warm-up%n", backend.startupSeconds(), data.pairs().train().size(),
                data.manifest().width(), data.manifest().height(), spec.training().batchSize(), measured, warmUp);
        System.out.printf(Locale.ROOT, "%-8s %12s %10s %14s %14s %12s%n", "preset", "parameters", "ms/epoch",
                "train pairs/s", "embeddings/s", "peak RSS MB");
        List<String> presets = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("dense-1", "dense-3", "conv");
        for (String preset : presets) {
            ExperimentSpec s = seedSpec(preset, measured + warmUp);
            List<Double> seconds = new ArrayList<>();
            TrainingResult result = new Trainer(p -> seconds.add(p.seconds())).train(s, data);
            double epochMs = median(seconds.subList(warmUp, seconds.size())) * 1000;
            double embeddingsPerSecond = embeddingsPerSecond(result.network(), data, measured);
            System.out.printf(Locale.ROOT, "%-8s %12d %10.1f %14.1f %14.1f %12d%n", preset,
                    result.network().parameterCount(), epochMs, data.pairs().train().size() / (epochMs / 1000),
                    embeddingsPerSecond, peakRssMb());
        }
    }

    static double embeddingsPerSecond(SiameseNetwork net, PreparedDataset data, int repeats) {
        return embeddingsPerSecond(TrainingSteps.embedding(net, data), repeats);
    }

    /** Embeddings per second: the median of {@code repeats} (at least 3) calls after one untimed. */
    static double embeddingsPerSecond(TrainingSteps.Step embed, int repeats) {
        embed.run(); // warm-up
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < Math.max(3, repeats); i++) {
            ms.add(embed.run());
        }
        return TrainingSteps.EMBEDDING_BATCH / (median(ms) / 1000);
    }

    /** The seed's experiment: 160×160 stripes, 15 scans per finger, 20 % validation, seed pairs, RMSprop. */
    static ExperimentSpec seedSpec(String preset, int epochs) {
        return new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, "bench-" + preset, "", 1,
                new StripesDatasetSpec(160, 6, 15, ScanVariation.NONE),
                new SplitSpec(0.2, SplitStrategy.BY_IMAGE, false),
                new PairsSpec(PairStrategy.SEED, PairsSpec.SEED_MIN_EQUALS_FRACTION),
                new ModelSpec(preset, BranchPresets.get(preset).orElseThrow(), 1.0),
                new TrainingSpec(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP), epochs, 32, null),
                new EvaluationSpec(0.5), List.of(), null, "{}");
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Peak resident set size of this process (VmHWM), in MB; -1 where /proc is unavailable. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
