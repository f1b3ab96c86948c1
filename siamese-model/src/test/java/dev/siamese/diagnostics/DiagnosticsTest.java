package dev.siamese.diagnostics;

import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.Activation;
import dev.siamese.spec.EvaluationSpec;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.PairStrategy;
import dev.siamese.spec.PairsSpec;
import dev.siamese.spec.ScanVariation;
import dev.siamese.spec.SplitSpec;
import dev.siamese.spec.SplitStrategy;
import dev.siamese.spec.StripesDatasetSpec;
import dev.siamese.spec.TrainingSpec;
import dev.siamese.train.EpochObserver;
import dev.siamese.train.EpochRecord;
import dev.siamese.train.History;
import dev.siamese.train.Trainer;
import dev.siamese.train.TrainingListener;
import dev.siamese.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each verdict on a small network built to trigger it and on one that must not. Networks are 16×16 stripes
 * with a few dozen units; where training alone would take long to reach a state (every unit dead, a saturated
 * first layer), the test sets the parameters before the first step.
 */
class DiagnosticsTest {
    private static final StripesDatasetSpec IDENTICAL = new StripesDatasetSpec(16, 4, 8, ScanVariation.NONE);
    private static final StripesDatasetSpec VARIED = new StripesDatasetSpec(16, 4, 12, new ScanVariation(3, 8, 0.25));

    private record Run(History history, List<EpochDiagnostics> epochs, List<Verdict> verdicts, TrainingResult result) {
        Verdict verdict(String name) {
            return verdicts.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
        }

        void assertTriggered(String name, String... quoted) {
            Verdict v = verdict(name);
            assertTrue(v.triggered(), v + "\n" + this);
            for (String q : quoted) {
                assertTrue(v.explanation().contains(q), "'" + q + "' not in: " + v);
            }
        }

        void assertNotTriggered(String... names) {
            for (String name : names) {
                assertFalse(verdict(name).triggered(), verdict(name) + "\n" + this);
            }
        }

        @Override
        public String toString() {
            return "history " + history.epochs().get(0) + " ... " + history.last() + "\nlast figures "
                    + epochs.get(epochs.size() - 1) + "\nverdicts " + verdicts;
        }
    }

    static List<LayerSpec> dense(int layers, int units, Activation activation, double dropout) {
        List<LayerSpec> l = new ArrayList<>();
        l.add(new LayerSpec.Flatten());
        for (int i = 0; i < layers; i++) {
            l.add(new LayerSpec.Dense(units, activation));
            if (dropout > 0 && i < layers - 1) {
                l.add(new LayerSpec.Dropout(dropout));
            }
        }
        return l;
    }

    static TrainingSpec training(OptimizerSpec.OptimizerType type, double lr, int epochs, int batchSize) {
        OptimizerSpec o = OptimizerSpec.defaults(type);
        return new TrainingSpec(new OptimizerSpec(o.type(), lr, o.rho(), o.epsilon(), o.beta1(), o.beta2(),
                o.momentum()), epochs, batchSize, null);
    }

    static ExperimentSpec spec(StripesDatasetSpec stripes, List<LayerSpec> branch, TrainingSpec training) {
        return new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, "test", "", 42, stripes,
                new SplitSpec(0.25, SplitStrategy.BY_IMAGE, true), new PairsSpec(PairStrategy.BALANCED, 1.0 / 3),
                new ModelSpec(null, branch, 1.0), training, new EvaluationSpec(0.5), List.of(), null, "{}", true);
    }

    static Run run(Path dir, ExperimentSpec spec) {
        return run(dir, spec, net -> {
        });
    }

    /** Trains with diagnostics; {@code setUp} may change the fresh network's parameters before the first step. */
    static Run run(Path dir, ExperimentSpec spec, Consumer<SiameseNetwork> setUp) {
        new DatasetPreparer().prepare(spec, dir.resolve("data"));
        PreparedDataset data = PreparedDataset.read(dir.resolve("data"));
        DiagnosticsRecorder recorder = new DiagnosticsRecorder();
        EpochObserver observer = new EpochObserver() {
            @Override
            public void beforeTraining(SiameseNetwork network, PreparedDataset d) {
                setUp.accept(network);
                recorder.beforeTraining(network, d);
            }

            @Override
            public void afterEpoch(SiameseNetwork network, EpochRecord record) {
                recorder.afterEpoch(network, record);
            }
        };
        TrainingResult result = new Trainer(TrainingListener.NONE, observer).train(spec, data);
        return new Run(result.history(), recorder.epochs(), VerdictRules.DEFAULT.judge(result.history(),
                recorder.epochs()), result);
    }

    /** A shallow ReLU branch learning varied scans: the "must not trigger" case of most rules. */
    static Run healthy(Path dir) {
        return run(dir, spec(VARIED, dense(2, 16, Activation.RELU, 0),
                training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 5, 32)));
    }

    @Test
    void recordingDoesNotChangeTheRun(@TempDir Path dir) throws Exception {
        // dropout makes the run depend on ND4J's generator: any draw by the recorder would show
        ExperimentSpec spec = spec(VARIED, List.of(new LayerSpec.Flatten(), new LayerSpec.Dense(16, Activation.RELU),
                new LayerSpec.Dropout(0.3), new LayerSpec.Dense(8, Activation.RELU)),
                training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 4, 8));
        Run with = run(dir, spec);
        TrainingResult without = new Trainer().train(spec, PreparedDataset.read(dir.resolve("data")));

        assertEquals(without.history(), with.history());
        with.result().network().save(dir.resolve("a.zip"));
        without.network().save(dir.resolve("b.zip"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("b.zip")), Files.readAllBytes(dir.resolve("a.zip")));
        assertEquals(4, with.epochs().size());
        LayerFigures first = with.epochs().get(0).layers().get(0);
        assertEquals("branch0_dense", first.layer());
        assertEquals("relu", first.activation());
        assertEquals(16, first.units());
        assertEquals(256 * 16 + 16, first.parameters());
        assertTrue(first.gradientNorm() > 0 && first.weightNorm() > 0 && first.updateRatio() > 0, first.toString());
        assertNotNull(first.deadFraction());
        // the dropout layer has neither parameters nor an activation of interest
        assertEquals(List.of("branch0_dense", "branch2_dense"),
                with.epochs().get(0).layers().stream().map(LayerFigures::layer).toList());
        assertEquals(with.history().epochs().size(), with.epochs().size());
    }

    @Test
    void noLearningWhenIdenticalScansAreSolvedAtInitialization(@TempDir Path dir) {
        Run run = run(dir, spec(IDENTICAL, dense(1, 32, Activation.RELU, 0),
                training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 4, 32)));
        run.assertTriggered(VerdictRules.NO_LEARNING, "solved at initialization", "largest relative weight change in"
                + " an epoch 0");
        run.assertNotTriggered(VerdictRules.VANISHING_GRADIENTS, VerdictRules.DEAD_UNITS,
                VerdictRules.EMBEDDING_COLLAPSE, VerdictRules.EXPLODING, VerdictRules.OVERFITTING);
        EpochDiagnostics last = run.epochs().get(run.epochs().size() - 1);
        assertEquals(2, last.embeddings().distinct(), "two fingers, identical scans: two embeddings");
        assertEquals(0.0, last.layers().get(0).gradientNorm());
    }

    @Test
    void aLearningNetworkTriggersNothing(@TempDir Path dir) {
        Run run = healthy(dir);
        assertEquals(List.of(), run.verdicts().stream().filter(Verdict::triggered).toList(), run.toString());
        assertTrue(run.verdict(VerdictRules.VANISHING_GRADIENTS).explanation().contains("median"));
    }

    @Test
    void deadUnitsWhenDropoutMeetsIdenticalScans(@TempDir Path dir) {
        // the seed's failure in small: three ReLU layers with Dropout(0.3) on identical scans
        Run run = run(dir, spec(IDENTICAL, dense(3, 128, Activation.RELU, 0.3),
                training(OptimizerSpec.OptimizerType.RMSPROP, 1e-2, 30, 32)));
        run.assertTriggered(VerdictRules.DEAD_UNITS, "layer branch4_dense", "of 128 ReLU units dead");
        run.assertNotTriggered(VerdictRules.NO_LEARNING, VerdictRules.VANISHING_GRADIENTS, VerdictRules.EXPLODING);
    }

    @Test
    void embeddingCollapseWhenEveryUnitIsDead(@TempDir Path dir) {
        Run run = run(dir, spec(VARIED, dense(2, 16, Activation.RELU, 0),
                        training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 3, 32)),
                net -> net.graph().getLayer("branch1_dense").getParam("b").assign(-100));
        run.assertTriggered(VerdictRules.EMBEDDING_COLLAPSE, "1 distinct embedding among 18 training images",
                "100% of 36 training pairs at the 1e-7 distance floor", "zero gradient");
        run.assertTriggered(VerdictRules.DEAD_UNITS, "layer branch1_dense: 100% of 16 ReLU units dead (since epoch 1)");
        run.assertTriggered(VerdictRules.NO_LEARNING); // nothing passes a gradient; but not solved
        assertFalse(run.verdict(VerdictRules.NO_LEARNING).explanation().contains("solved"));
        run.assertNotTriggered(VerdictRules.VANISHING_GRADIENTS, VerdictRules.EXPLODING);
        assertFalse(healthy(dir.resolve("healthy")).verdict(VerdictRules.EMBEDDING_COLLAPSE).triggered());
    }

    @Test
    void vanishingGradientsBehindASaturatedFirstLayer(@TempDir Path dir) {
        // a tanh stack whose first layer starts 1000× too large: its units saturate, tanh' ≈ 0, and its
        // gradient vanishes while the layers above still get theirs
        Run run = run(dir, spec(VARIED, dense(3, 16, Activation.TANH, 0),
                        training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 3, 32)),
                net -> net.graph().getLayer("branch0_dense").getParam("W").muli(1000));
        run.assertTriggered(VerdictRules.VANISHING_GRADIENTS, "branch0_dense", "branch2_dense");
        run.assertTriggered(VerdictRules.SATURATED_UNITS, "layer branch0_dense");
        run.assertNotTriggered(VerdictRules.EXPLODING, VerdictRules.DEAD_UNITS);
    }

    @Test
    void explodingLossWithAHugeLearningRate(@TempDir Path dir) {
        Run run = run(dir, spec(VARIED, dense(2, 16, Activation.LINEAR, 0),
                training(OptimizerSpec.OptimizerType.SGD, 100, 3, 32)));
        run.assertTriggered(VerdictRules.EXPLODING, "epoch 1");
    }

    @Test
    void overfittingWhenADenseBranchMemorisesVariedScans(@TempDir Path dir) {
        Run run = run(dir, spec(VARIED, dense(1, 32, Activation.RELU, 0),
                training(OptimizerSpec.OptimizerType.RMSPROP, 3e-3, 40, 16)));
        run.assertTriggered(VerdictRules.OVERFITTING, "validation accuracy 0.500", "(rising)");
        run.assertNotTriggered(VerdictRules.EXPLODING, VerdictRules.EMBEDDING_COLLAPSE, VerdictRules.NO_LEARNING);
    }
}
