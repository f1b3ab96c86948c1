package dev.siamese.train;

import dev.siamese.model.SiameseNetwork;

import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.pairs.PreparedDataset;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Experiment specs and prepared stripe data sets for training tests. */
final class TestDatasets {
    private TestDatasets() {
    }

    static ExperimentSpec spec(StripesDatasetSpec stripes, ModelSpec model, TrainingSpec training, long seed) {
        return new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, "test", "", seed, stripes,
                new SplitSpec(0.25, SplitStrategy.BY_IMAGE, true), new PairsSpec(PairStrategy.BALANCED, 1.0 / 3),
                model, training, new EvaluationSpec(0.5), List.of(), null, "{}");
    }

    static PreparedDataset prepare(ExperimentSpec spec, Path dir) {
        new DatasetPreparer().prepare(spec, dir);
        return PreparedDataset.read(dir);
    }

    /** Stripes that differ from scan to scan (shift, rotation, noise), so telling fingers apart takes learning. */
    static StripesDatasetSpec variedStripes(int size, int scans) {
        return new StripesDatasetSpec(size, 4, scans, new ScanVariation(3, 8, 0.25));
    }

    /** The bytes {@code net} saves to, written as {@code dir/name}: models compare by these. */
    static byte[] modelBytes(SiameseNetwork net, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        net.save(file);
        return Files.readAllBytes(file);
    }

    static TrainingSpec rmsprop(double lr, int epochs, int batchSize) {
        OptimizerSpec o = OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP);
        return new TrainingSpec(new OptimizerSpec(o.type(), lr, o.rho(), o.epsilon(), o.beta1(), o.beta2(), o.momentum()),
                epochs, batchSize, null);
    }
}
