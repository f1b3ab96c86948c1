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
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.ClassMix;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.ImpressionVariation;
import dev.siamese.spec.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code training.freshImpressions}: epochs after the first see new presses of the training fingers. */
class FreshImpressionsTrainingTest {
    @TempDir
    Path dir;

    private static ExperimentSpec spec(boolean fresh, int epochs) {
        ModelSpec model = new ModelSpec(ModelSpec.ModelType.SIAMESE, null, List.of(
                new LayerSpec.Conv2d(4, 5, 5, 4, 4, LayerSpec.Padding.SAME, Activation.RELU),
                new LayerSpec.GlobalAvgPool(), new LayerSpec.Dense(8, Activation.LINEAR)), 1.0, Double.NaN,
                ModelSpec.WeightInit.GLOROT_UNIFORM, new LossSpec.MarginSoftmax(LossSpec.Kind.COSFACE, 16, 0.2));
        TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), epochs, 6,
                null, 0, ScheduleSpec.CONSTANT, AugmentationSpec.NONE, 1, 0, null, fresh);
        return new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, "fresh", "", 11,
                new SyntheticFingerprintsDatasetSpec(4, 3, 48, 5, ClassMix.NATURAL, ImpressionVariation.defaults(48)),
                new SplitSpec(0.25, SplitStrategy.BY_IDENTITY, true), new PairsSpec(PairStrategy.BALANCED, 1.0 / 3),
                model, training, new EvaluationSpec(0.5), List.of(), null, "{}");
    }

    private byte[] model(TrainingResult r, String name) throws Exception {
        return TestDatasets.modelBytes(r.network(), dir, name);
    }

    @Test
    void laterEpochsTrainOnNewImpressionsDeterministically() throws Exception {
        PreparedDataset data = TestDatasets.prepare(spec(false, 1), dir.resolve("data"));
        byte[] fresh = model(new Trainer().train(spec(true, 3), data), "fresh.zip");
        assertArrayEquals(fresh, model(new Trainer().train(spec(true, 3), data), "again.zip"), "bit-identical rerun");
        assertFalse(Arrays.equals(fresh, model(new Trainer().train(spec(false, 3), data), "plain.zip")),
                "epochs 2 and 3 saw other images");
        // the first epoch is the data set's own images
        assertArrayEquals(model(new Trainer().train(spec(false, 1), data), "one.zip"),
                model(new Trainer().train(spec(true, 1), data), "fresh-one.zip"));
    }

    @Test
    void needsTheGeneratorOfTheSpec() {
        ExperimentSpec spec = spec(true, 2);
        PreparedDataset data = TestDatasets.prepare(spec, dir.resolve("data"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Trainer().train(spec.model(),
                spec.training(), spec.evaluation(), spec.seed(), data));
        assertEquals("training.freshImpressions is set but the trainer was given no source of them", e.getMessage());
    }
}
