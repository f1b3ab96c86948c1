package dev.siamese.train;

import dev.siamese.history.KeptEpoch;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.Activation;
import dev.siamese.spec.AugmentationSpec;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.LossSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.ScheduleSpec;
import dev.siamese.spec.StripesDatasetSpec;
import dev.siamese.spec.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code training.keepBest}: the network of the best evaluated epoch is the result, exactly as it was then. */
class KeepBestTest {
    @TempDir
    Path dir;

    private static final ModelSpec DENSE = new ModelSpec(null, List.of(new LayerSpec.Flatten(),
            new LayerSpec.Dense(16, Activation.RELU), new LayerSpec.Dropout(0.3),
            new LayerSpec.Dense(8, Activation.RELU)), 1.0);

    private static TrainingSpec training(int epochs, int evaluateEvery, String keepBest) {
        OptimizerSpec o = TestDatasets.rmsprop(1e-3, epochs, 4).optimizer();
        return new TrainingSpec(o, epochs, 4, null, 0, ScheduleSpec.CONSTANT, AugmentationSpec.NONE, evaluateEvery, 0,
                keepBest);
    }

    /** A metric whose value per call is scripted, recording the distances it was given. */
    private static final class Scripted implements EpochMetric {
        private final double[] values;
        private final List<double[]> seen = new ArrayList<>();

        Scripted(double... values) {
            this.values = values;
        }

        @Override
        public double value(double[] distances, List<dev.siamese.pairs.ImagePair> pairs) {
            assertEquals(distances.length, pairs.size());
            seen.add(distances);
            return values[seen.size() - 1];
        }
    }

    private byte[] bytes(SiameseNetwork net, String name) throws Exception {
        return TestDatasets.modelBytes(net, dir, name);
    }

    private ExperimentSpec spec(TrainingSpec training) {
        StripesDatasetSpec stripes = TestDatasets.variedStripes(16, 6);
        return TestDatasets.spec(stripes, DENSE, training, 5);
    }

    @Test
    void theBestEpochsNetworkIsKeptAsItWasAfterThatEpoch() throws Exception {
        PreparedDataset data = TestDatasets.prepare(spec(training(4, 1, null)), dir.resolve("data"));
        // lower is better for the EER: epoch 2 is best, epoch 4 only ties the best and does not replace it
        Scripted metric = new Scripted(0.3, 0.1, 0.2, 0.1);
        TrainingResult kept = new Trainer(TrainingListener.NONE, EpochObserver.NONE, CheckpointStore.NONE, metric)
                .train(spec(training(4, 1, "validation.eer")), data);
        TrainingResult twoEpochs = new Trainer().train(spec(training(2, 1, null)), data);
        TrainingResult fourEpochs = new Trainer().train(spec(training(4, 1, null)), data);

        assertEquals(4, metric.seen.size(), "judged after every evaluated epoch");
        assertEquals(data.pairs().validation().size(), metric.seen.get(0).length, "on the validation pairs");
        assertEquals(new KeptEpoch("validation.eer", 2, 0.1), kept.history().kept());
        assertEquals(4, kept.history().epochs().size(), "training still runs every epoch");
        assertEquals(fourEpochs.history().epochs(), kept.history().epochs(), "judging changes no later epoch");
        byte[] keptBytes = bytes(kept.network(), "kept.zip");
        assertArrayEquals(bytes(twoEpochs.network(), "two.zip"), keptBytes, "the network as it was after epoch 2");
        assertFalse(java.util.Arrays.equals(bytes(fourEpochs.network(), "four.zip"), keptBytes),
                "the last epoch's network differs, or this proves nothing");
        assertTrue(new Trainer().train(spec(training(4, 1, null)), data).history().kept() == null);
    }

    @Test
    void higherIsBetterForAccuracyAndOnlyEvaluatedEpochsAreJudged() {
        PreparedDataset data = TestDatasets.prepare(spec(training(4, 2, null)), dir.resolve("data"));
        Scripted metric = new Scripted(0.9, 0.8);
        TrainingResult r = new Trainer(TrainingListener.NONE, EpochObserver.NONE, CheckpointStore.NONE, metric)
                .train(spec(training(4, 2, "validation.accuracy")), data);
        assertEquals(2, metric.seen.size(), "epochs 2 and 4 only");
        assertEquals(new KeptEpoch("validation.accuracy", 2, 0.9), r.history().kept());
    }

    @Test
    void withNoDefinedValueTheLastEpochIsKept() throws Exception {
        PreparedDataset data = TestDatasets.prepare(spec(training(3, 1, null)), dir.resolve("data"));
        TrainingResult r = new Trainer(TrainingListener.NONE, EpochObserver.NONE, CheckpointStore.NONE,
                (d, p) -> Double.NaN).train(spec(training(3, 1, "validation.eer")), data);
        assertTrue(Double.isNaN(r.history().kept().value()));
        assertEquals(3, r.history().kept().epoch());
        assertArrayEquals(bytes(new Trainer().train(spec(training(3, 1, null)), data).network(), "last.zip"),
                bytes(r.network(), "r.zip"));
    }

    @Test
    void aSpecThatKeepsTheBestNeedsAMetric() {
        PreparedDataset data = TestDatasets.prepare(spec(training(1, 1, null)), dir.resolve("data"));
        assertThrows(IllegalStateException.class, () -> new Trainer().train(spec(training(1, 1, "validation.eer")), data));
    }

    @Test
    void aResumedRunKeepsTheSameBestEpochAndBytes() throws Exception {
        ExperimentSpec spec = spec(training(4, 1, "validation.eer"));
        PreparedDataset data = TestDatasets.prepare(spec, dir.resolve("data"));
        TrainingResult uninterrupted = new Trainer(TrainingListener.NONE, EpochObserver.NONE, CheckpointStore.NONE,
                new Scripted(0.3, 0.1, 0.2, 0.15)).train(spec, data);

        // crash after epoch 3: the best (epoch 2) is only in the checkpoint, through files as the real store keeps it
        Path model = dir.resolve("checkpoint.zip");
        Path best = dir.resolve("best.zip");
        Checkpoint[] saved = new Checkpoint[1];
        CheckpointStore crashing = new CheckpointStore() {
            @Override
            public Optional<Checkpoint> load() {
                return Optional.empty();
            }

            @Override
            public void save(Checkpoint c) {
                c.network().save(model);
                if (c.best() != null) {
                    c.best().network().save(best);
                }
                saved[0] = c;
                if (c.epoch() == 3) {
                    throw new IllegalStateException("killed");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> new Trainer(TrainingListener.NONE, EpochObserver.NONE,
                crashing, new Scripted(0.3, 0.1, 0.2, 0.15)).train(spec, data));
        Checkpoint c = saved[0];
        CheckpointStore reloading = new CheckpointStore() {
            @Override
            public Optional<Checkpoint> load() {
                return Optional.of(new Checkpoint(SiameseNetwork.load(model), c.epoch(), c.history(), c.rngRoot(),
                        c.rngNode(), new BestSoFar(SiameseNetwork.load(best), c.best().epoch(), c.best().value())));
            }

            @Override
            public void save(Checkpoint checkpoint) {
            }
        };
        Scripted afterResume = new Scripted(0.15);
        TrainingResult resumed = new Trainer(TrainingListener.NONE, EpochObserver.NONE, reloading, afterResume)
                .train(spec, data);

        assertEquals(1, afterResume.seen.size(), "only epoch 4 is judged again");
        assertEquals(uninterrupted.history(), resumed.history());
        assertEquals(2, resumed.history().kept().epoch());
        assertArrayEquals(bytes(uninterrupted.network(), "a.zip"), bytes(resumed.network(), "b.zip"));
    }

    @Test
    void byFingerTrainingKeepsTheBestToo() throws Exception {
        ModelSpec cosface = new ModelSpec(ModelSpec.ModelType.SIAMESE, null, List.of(new LayerSpec.Flatten(),
                new LayerSpec.Dense(8, Activation.LINEAR)), 1.0, Double.NaN, ModelSpec.WeightInit.GLOROT_UNIFORM,
                new LossSpec.MarginSoftmax(LossSpec.Kind.COSFACE, 16, 0.2));
        TrainingSpec t = new TrainingSpec(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 3, 6, null, 0,
                ScheduleSpec.CONSTANT, AugmentationSpec.NONE, 1, 0, "validation.rocAuc");
        ExperimentSpec spec = TestDatasets.spec(TestDatasets.variedStripes(16, 6), cosface, t, 3);
        PreparedDataset data = TestDatasets.prepare(spec, dir.resolve("data"));
        TrainingResult r = new Trainer(TrainingListener.NONE, EpochObserver.NONE, CheckpointStore.NONE,
                new Scripted(0.5, 0.9, 0.7)).train(spec, data);
        assertEquals(new KeptEpoch("validation.rocAuc", 2, 0.9), r.history().kept());
        TrainingSpec two = new TrainingSpec(t.optimizer(), 2, 6, null, 0, ScheduleSpec.CONSTANT, AugmentationSpec.NONE,
                1, 0, null);
        TrainingResult reference = new Trainer().train(TestDatasets.spec(TestDatasets.variedStripes(16, 6), cosface,
                two, 3), data);
        assertArrayEquals(bytes(reference.network(), "ref.zip"), bytes(r.network(), "r.zip"));
    }
}
