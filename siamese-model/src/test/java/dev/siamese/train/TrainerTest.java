package dev.siamese.train;

import dev.siamese.model.PairTensors;
import dev.siamese.history.HistoryJson;
import dev.siamese.history.History;

import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.Activation;
import dev.siamese.spec.BranchPresets;
import dev.siamese.spec.EarlyStoppingSpec;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {
    /** Dropout makes the run depend on ND4J's generator: the strictest determinism check. */
    private static final ModelSpec DENSE_DROPOUT = new ModelSpec(null, List.of(new LayerSpec.Flatten(),
            new LayerSpec.Dense(16, Activation.RELU), new LayerSpec.Dropout(0.3),
            new LayerSpec.Dense(8, Activation.RELU)), 1.0);

    @Test
    void sameSpecGivesIdenticalHistoryAndModelBytes(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = TestDatasets.spec(TestDatasets.variedStripes(16, 8), DENSE_DROPOUT,
                TestDatasets.rmsprop(1e-3, 4, 4), 42);
        PreparedDataset data = TestDatasets.prepare(spec, dir.resolve("data"));
        List<EpochProgress> progress = new ArrayList<>();

        TrainingResult first = new Trainer(progress::add).train(spec, data);
        TrainingResult second = new Trainer().train(spec, data);

        assertEquals(4, first.history().epochs().size());
        assertEquals(first.history(), second.history());
        first.network().save(dir.resolve("a.zip"));
        second.network().save(dir.resolve("b.zip"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip")));
        assertEquals(4, progress.size());
        assertEquals(first.history().epochs().get(3), progress.get(3).record());
        assertTrue(progress.get(0).pairsPerSecond() > 0);

        HistoryJson.write(dir.resolve("history.json"), first.history());
        assertEquals(first.history(), HistoryJson.read(dir.resolve("history.json")));

        // a different seed must give a different run (or the test above proves nothing)
        ExperimentSpec other = TestDatasets.spec(spec.dataset() instanceof dev.siamese.spec.StripesDatasetSpec s ? s : null,
                DENSE_DROPOUT, spec.training(), 43);
        TrainingResult third = new Trainer().train(other, data);
        assertTrue(!first.history().equals(third.history()));
    }

    @Test
    void learnsToTellVariedScansApart(@TempDir Path dir) {
        // a dense branch memorises the training scans (train accuracy 1, validation 0.5); a small conv branch
        // learns the stripes' orientation whatever the shift
        ModelSpec model = new ModelSpec(null, List.of(
                new LayerSpec.Conv2d(4, 3, 3, 1, 1, LayerSpec.Padding.VALID, Activation.TANH),
                new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Conv2d(8, 3, 3, 1, 1, LayerSpec.Padding.VALID, Activation.TANH),
                new LayerSpec.Pool(LayerSpec.PoolKind.AVG, 2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(8, Activation.TANH)), 1.0);
        ExperimentSpec spec = TestDatasets.spec(TestDatasets.variedStripes(24, 24), model,
                TestDatasets.rmsprop(3e-3, 30, 16), 7);
        PreparedDataset data = TestDatasets.prepare(spec, dir.resolve("data"));
        TrainingResult untrained = new Trainer().train(spec.model(), new TrainingSpec(spec.training().optimizer(), 0, 16, null),
                spec.evaluation(), spec.seed(), data);
        double before = PairEvaluator.score(untrained.network(), new PairTensors(data,
                        dev.siamese.model.InputLayout.NCHW), data.pairs().validation(), 1.0, 0.5).accuracy();
        History history = new Trainer().train(spec, data).history();

        assertTrue(before < 0.8, "untrained validation accuracy " + before + ": the data set does not need learning");
        assertTrue(history.last().validationAccuracy() >= 0.95, "trained: " + history.last());
        assertTrue(history.last().trainLoss() < history.epochs().get(0).trainLoss(), history.toString());
    }

    @Test
    void earlyStoppingEndsARunWhoseValidationLossStopsImproving(@TempDir Path dir) {
        // seed stripes without variation: genuine pairs are identical, so without dropout nothing ever changes
        ModelSpec model = new ModelSpec("dense-1", BranchPresets.get("dense-1").orElseThrow(), 1.0);
        TrainingSpec base = TestDatasets.rmsprop(1e-3, 20, 32);
        ExperimentSpec spec = TestDatasets.spec(new dev.siamese.spec.StripesDatasetSpec(16, 4, 8,
                        dev.siamese.spec.ScanVariation.NONE), model,
                new TrainingSpec(base.optimizer(), 20, 32, new EarlyStoppingSpec(2, 1e-3)), 3);
        History history = new Trainer().train(spec, TestDatasets.prepare(spec, dir.resolve("data"))).history();
        assertTrue(history.stoppedEarly(), history.toString());
        assertEquals(3, history.epochs().size(), history.toString());
    }
}
