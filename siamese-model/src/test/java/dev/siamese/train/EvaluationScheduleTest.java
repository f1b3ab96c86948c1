package dev.siamese.train;

import dev.siamese.history.EpochRecord;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.Activation;
import dev.siamese.spec.AugmentationSpec;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.ScheduleSpec;
import dev.siamese.spec.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-epoch figures of pair training only every {@code evaluateEvery} epochs and on a fixed sample of pairs
 * ({@code evaluationSample}): cheaper, and training itself is the same to the bit.
 */
class EvaluationScheduleTest {
    @TempDir
    Path dir;

    private static final ModelSpec DENSE = new ModelSpec(null, List.of(new LayerSpec.Flatten(),
            new LayerSpec.Dense(16, Activation.RELU), new LayerSpec.Dropout(0.3),
            new LayerSpec.Dense(8, Activation.RELU)), 1.0);

    private static ExperimentSpec spec(int evaluateEvery, int sample) {
        TrainingSpec t = new TrainingSpec(TestDatasets.rmsprop(1e-3, 4, 4).optimizer(), 4, 4, null, 0,
                ScheduleSpec.CONSTANT, AugmentationSpec.NONE, evaluateEvery, 0, null, false, sample);
        return TestDatasets.spec(TestDatasets.variedStripes(16, 8), DENSE, t, 9);
    }

    private byte[] bytes(TrainingResult r, String name) throws Exception {
        return TestDatasets.modelBytes(r.network(), dir, name);
    }

    @Test
    void figuresEveryNthEpochAndAfterTheLastWithTheSameTraining() throws Exception {
        PreparedDataset data = TestDatasets.prepare(spec(1, 0), dir.resolve("data"));
        TrainingResult every = new Trainer().train(spec(1, 0), data);
        TrainingResult third = new Trainer().train(spec(3, 0), data);
        List<EpochRecord> e = third.history().epochs();
        for (int i : new int[] {0, 1}) {
            assertTrue(Double.isNaN(e.get(i).validationLoss()) && Double.isNaN(e.get(i).trainAccuracy())
                    && Double.isNaN(e.get(i).validationAccuracy()), "epoch " + (i + 1) + " not evaluated: " + e.get(i));
        }
        assertEquals(every.history().epochs().get(2), e.get(2), "epoch 3 evaluated");
        assertEquals(every.history().epochs().get(3), e.get(3), "the last epoch always");
        assertEquals(every.history().epochs().get(0).trainLoss(), e.get(0).trainLoss(), "training loss every epoch");
        assertArrayEquals(bytes(every, "every.zip"), bytes(third, "third.zip"), "evaluation changes no weight");
    }

    @Test
    void aSampleOfPairsGivesFiguresOnThatManyPairsOnly() throws Exception {
        PreparedDataset data = TestDatasets.prepare(spec(1, 0), dir.resolve("data"));
        assertTrue(data.pairs().validation().size() > 5 && data.pairs().train().size() > 5);
        TrainingResult all = new Trainer().train(spec(1, 0), data);
        TrainingResult sampled = new Trainer().train(spec(1, 5), data);
        for (EpochRecord r : sampled.history().epochs()) {
            assertEquals(0, Math.round(r.validationAccuracy() * 5) - r.validationAccuracy() * 5, 1e-9,
                    "a share of 5 pairs: " + r);
            assertEquals(0, Math.round(r.trainAccuracy() * 5) - r.trainAccuracy() * 5, 1e-9, "a share of 5 pairs: " + r);
        }
        assertFalse(all.history().epochs().equals(sampled.history().epochs()), "other pairs, other figures");
        assertArrayEquals(bytes(all, "all.zip"), bytes(sampled, "sampled.zip"));
        List<ImagePair> pairs = data.pairs().validation();
        assertEquals(EvaluationSample.of(pairs, 5, 9, "validation"), EvaluationSample.of(pairs, 5, 9, "validation"));
        assertEquals(pairs, EvaluationSample.of(pairs, 0, 9, "validation"));
        assertEquals(pairs, EvaluationSample.of(pairs, pairs.size(), 9, "validation"));
    }
}
