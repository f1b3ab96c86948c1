package dev.siamese.train;

import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.Activation;
import dev.siamese.spec.AugmentationSpec;
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
import dev.siamese.spec.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A run interrupted after an epoch and resumed from its checkpoint ends exactly as an uninterrupted one. */
class ResumeTest {
    @TempDir
    Path dir;

    /** Saves checkpoints through a file, as the real store does, and "crashes" after {@code crashAfter}. */
    private static final class FileStore implements CheckpointStore {
        private final Path file;
        private final int crashAfter;
        private Checkpoint saved;

        FileStore(Path file, int crashAfter) {
            this.file = file;
            this.crashAfter = crashAfter;
        }

        @Override
        public Optional<Checkpoint> load() {
            return saved == null ? Optional.empty() : Optional.of(new Checkpoint(SiameseNetwork.load(file),
                    saved.epoch(), saved.history(), saved.rngRoot(), saved.rngNode()));
        }

        @Override
        public void save(Checkpoint checkpoint) {
            checkpoint.network().save(file);
            saved = checkpoint;
            if (checkpoint.epoch() == crashAfter) {
                throw new IllegalStateException("killed after epoch " + crashAfter);
            }
        }
    }

    private byte[] finalModel(ExperimentSpec spec, PreparedDataset data, CheckpointStore store, String name)
            throws Exception {
        TrainingResult r = new Trainer(TrainingListener.NONE, EpochObserver.NONE, store).train(spec, data);
        Path out = dir.resolve(name);
        r.network().save(out);
        return Files.readAllBytes(out);
    }

    private void resumesToTheSameBytes(ExperimentSpec spec) throws Exception {
        PreparedDataset data = TestDatasets.prepare(spec, dir.resolve("data"));
        byte[] uninterrupted = finalModel(spec, data, CheckpointStore.NONE, "a.zip");
        FileStore store = new FileStore(dir.resolve("checkpoint.zip"), 2);
        assertThrows(IllegalStateException.class, () -> finalModel(spec, data, store, "b.zip"));
        FileStore resumed = new FileStore(dir.resolve("checkpoint.zip"), -1);
        resumed.saved = store.saved;
        TrainingResult r = new Trainer(TrainingListener.NONE, EpochObserver.NONE, resumed).train(spec, data);
        Path out = dir.resolve("c.zip");
        r.network().save(out);
        assertEquals(4, r.history().epochs().size());
        assertArrayEquals(uninterrupted, Files.readAllBytes(out), "same model bytes as the uninterrupted run");
    }

    @Test
    void contrastiveTrainingWithDropoutResumesBitIdentically() throws Exception {
        ModelSpec model = new ModelSpec("custom", List.of(new LayerSpec.Flatten(),
                new LayerSpec.Dense(16, Activation.RELU), new LayerSpec.Dropout(0.3),
                new LayerSpec.Dense(8, Activation.LINEAR)), 1.0);
        ExperimentSpec spec = TestDatasets.spec(TestDatasets.variedStripes(16, 6), model,
                TestDatasets.rmsprop(1e-3, 4, 4), 5);
        resumesToTheSameBytes(spec);
    }

    @Test
    void cosFaceTrainingWithAugmentationAndScheduleResumesBitIdentically() throws Exception {
        ModelSpec model = new ModelSpec(ModelSpec.ModelType.SIAMESE, null, List.of(
                new LayerSpec.Conv2d(4, 3, 3, 2, 2, LayerSpec.Padding.SAME, Activation.LINEAR),
                new LayerSpec.BatchNorm(0.9, 1e-3), new LayerSpec.ActivationLayer(Activation.RELU),
                new LayerSpec.Flatten(), new LayerSpec.Dropout(0.2), new LayerSpec.Dense(8, Activation.LINEAR)),
                1.0, Double.NaN, ModelSpec.WeightInit.GLOROT_UNIFORM,
                new LossSpec.MarginSoftmax(LossSpec.Kind.COSFACE, 16, 0.2));
        TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 4, 6, null,
                1e-4, new ScheduleSpec(ScheduleSpec.Type.COSINE, 1, 0.1, 1, 1),
                new AugmentationSpec(10, 0.05, 0.1, 0.1, 0.02), 1);
        ExperimentSpec spec = new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, "t", "", 3,
                TestDatasets.variedStripes(16, 6), new SplitSpec(0.25, SplitStrategy.BY_IMAGE, true),
                new PairsSpec(PairStrategy.BALANCED, 1.0 / 3), model, training, new EvaluationSpec(0.5), List.of(),
                null, "{}");
        resumesToTheSameBytes(spec);
    }
}
