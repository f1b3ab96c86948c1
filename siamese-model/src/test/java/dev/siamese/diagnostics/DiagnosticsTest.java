package dev.siamese.diagnostics;

import dev.siamese.train.DiagnosticsRecorder;
import dev.siamese.ExperimentException;
import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.Activation;
import dev.siamese.spec.BranchPresets;
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
import dev.siamese.history.EpochRecord;
import dev.siamese.history.History;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each verdict on a small network built to trigger it and on one that must not. Networks are 16×16 stripes
 * with a few dozen units; where training alone would take long to reach a state (every unit dead, a saturated
 * first layer), the test sets the parameters before the first step.
 */
class DiagnosticsTest {
    private static final StripesDatasetSpec IDENTICAL = new StripesDatasetSpec(16, 4, 8, ScanVariation.NONE);
    private static final StripesDatasetSpec VARIED = new StripesDatasetSpec(16, 4, 12, new ScanVariation(3, 8, 0.25));

    record Run(History history, List<EpochDiagnostics> epochs, List<Verdict> verdicts, TrainingResult result) {
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

    /**
     * A shallow ReLU branch learning varied scans: the "must not trigger" case of most rules. Twice the scans of
     * {@link #VARIED} (6 validation images a finger) and 3 epochs: with 12 scans and 5 epochs the overfitting rule
     * fired for some seeds (validation accuracy over 12 pairs moves in steps of 0.083); this passes for seeds 1 to 5
     * and 42.
     */
    static Run healthy(Path dir) {
        return run(dir, spec(new StripesDatasetSpec(16, 4, 24, new ScanVariation(3, 8, 0.25)),
                dense(2, 16, Activation.RELU, 0), training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 3, 32)));
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
        assertEquals(first.gradientNorm() / Math.sqrt(first.parameters()), first.gradientRms(), 1e-12);
        assertTrue(first.outputStd() > 0, first.toString());
        assertTrue(with.epochs().get(0).inputStd() > 0);
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
        assertTrue(run.verdict(VerdictRules.NO_LEARNING).informs(), "information about the task, not a warning");
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
    void vanishingGradientsStaysQuietOnNetworksThatLearn(@TempDir Path dir) {
        TrainingSpec rmsprop = training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 3, 32);
        StripesDatasetSpec varied32 = new StripesDatasetSpec(32, 4, 12, new ScanVariation(3, 8, 0.25));
        List<Run> learning = List.of(
                run(dir.resolve("dense-1"), spec(VARIED, dense(1, 32, Activation.RELU, 0), rmsprop)),
                run(dir.resolve("dense-3"), spec(VARIED, dense(3, 32, Activation.RELU, 0), rmsprop)),
                run(dir.resolve("conv"), spec(varied32, BranchPresets.get("conv").orElseThrow(), rmsprop)),
                // Glorot initialization keeps a tanh stack's signal: six layers learn (loss 0.59 -> 0.27)
                run(dir.resolve("tanh-6"), spec(VARIED, dense(6, 16, Activation.TANH, 0),
                        training(OptimizerSpec.OptimizerType.SGD, 0.01, 3, 32))));
        for (Run run : learning) {
            assertTrue(run.history().last().trainLoss() < run.history().epochs().get(0).trainLoss(), run.toString());
            run.assertNotTriggered(VerdictRules.VANISHING_GRADIENTS, VerdictRules.NO_LEARNING,
                    VerdictRules.EXPLODING, VerdictRules.LOSS_SPIKE, VerdictRules.EMBEDDING_COLLAPSE);
        }
    }

    /** Six sigmoid layers (σ' ≤ 1/4): each layer passes a quarter of the signal it gets, so the first gets ~1e-3. */
    @Test
    void vanishingGradientsInDeepSigmoidStacks(@TempDir Path dir) {
        Run six = run(dir.resolve("6"), spec(VARIED, dense(6, 16, Activation.SIGMOID, 0),
                training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 3, 32)));
        six.assertTriggered(VerdictRules.VANISHING_GRADIENTS, "branch0_dense", "branch5_dense", "limit 0.0100");
        six.assertNotTriggered(VerdictRules.SATURATED_UNITS, VerdictRules.EXPLODING, VerdictRules.NO_LEARNING);
        Run seven = run(dir.resolve("7"), spec(VARIED, dense(7, 128, Activation.SIGMOID, 0),
                training(OptimizerSpec.OptimizerType.SGD, 0.01, 2, 32)));
        seven.assertTriggered(VerdictRules.VANISHING_GRADIENTS, "branch0_dense", "branch6_dense");
        seven.assertNotTriggered(VerdictRules.SATURATED_UNITS, VerdictRules.EXPLODING);
    }

    /**
     * Tanh stacks vanish when each layer's gain is below 1: here the weights above the first layer start at a
     * quarter (0.3) of Glorot's, as an initialization for far wider layers would give.
     */
    @Test
    void vanishingGradientsInDeepTanhStacksWithSmallWeights(@TempDir Path dir) {
        Run six = run(dir.resolve("6"), spec(VARIED, dense(6, 16, Activation.TANH, 0),
                training(OptimizerSpec.OptimizerType.RMSPROP, 1e-3, 3, 32)), scaleWeightsAboveFirst(6, 0.25));
        six.assertTriggered(VerdictRules.VANISHING_GRADIENTS, "branch0_dense", "branch5_dense");
        six.assertNotTriggered(VerdictRules.SATURATED_UNITS, VerdictRules.EXPLODING, VerdictRules.NO_LEARNING);
        Run eight = run(dir.resolve("8"), spec(VARIED, dense(8, 16, Activation.TANH, 0),
                training(OptimizerSpec.OptimizerType.SGD, 0.01, 2, 32)), scaleWeightsAboveFirst(8, 0.3));
        eight.assertTriggered(VerdictRules.VANISHING_GRADIENTS, "branch0_dense", "branch7_dense");
    }

    private static Consumer<SiameseNetwork> scaleWeightsAboveFirst(int layers, double factor) {
        return net -> {
            for (int i = 1; i < layers; i++) {
                net.graph().getLayer("branch" + i + "_dense").getParam("W").muli(factor);
            }
        };
    }

    @Test
    void noLearningSaysWhenADeepSigmoidStackCollapsedAtInitialization(@TempDir Path dir) {
        // eight sigmoid layers squeeze every image to nearly one point before the first step
        Run run = run(dir, spec(VARIED, dense(8, 64, Activation.SIGMOID, 0),
                training(OptimizerSpec.OptimizerType.SGD, 0.01, 2, 32)));
        run.assertTriggered(VerdictRules.NO_LEARNING, "collapsed at initialization",
                "100% of 36 training pairs at the 1e-7 distance floor", "every layer's gradient is exactly 0",
                "branch4_dense's output already lost the input's variance");
        assertFalse(run.verdict(VerdictRules.NO_LEARNING).explanation().contains("solved"));
        assertTrue(run.verdict(VerdictRules.NO_LEARNING).warns(), "a network stuck at initialization is a fault");
        run.assertNotTriggered(VerdictRules.VANISHING_GRADIENTS, VerdictRules.EXPLODING);
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
        // nothing passes a gradient; but not solved
        run.assertTriggered(VerdictRules.NO_LEARNING, "branch1_dense's output already lost the input's variance");
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
    void aHugeLearningRateStopsTrainingWithDiagnostics(@TempDir Path dir) {
        ExperimentException e = assertThrows(ExperimentException.class, () -> run(dir, spec(VARIED,
                dense(2, 16, Activation.LINEAR, 0), training(OptimizerSpec.OptimizerType.SGD, 100, 3, 32))));
        // after one step the embeddings overflow: the validation pairs' loss is NaN already
        assertEquals("training diverged in epoch 1: validation loss is NaN (training.optimizer: sgd, learningRate"
                + " 100.0); lower the learning rate", e.getMessage());
    }

    @Test
    void aRecoveredSpikeWarnsAndAGrowingLossExplodes() {
        List<EpochDiagnostics> none = List.of();
        History spike = history(5.0, 5.2e4, 13.7);
        assertTrue(VerdictRules.DEFAULT.spike(spike).triggered(), VerdictRules.DEFAULT.spike(spike).toString());
        assertTrue(VerdictRules.DEFAULT.spike(spike).explanation().contains("highest 5.20e+04 in epoch 2"));
        assertFalse(VerdictRules.DEFAULT.exploding(spike, none).triggered());
        History seedLike = history(20.4, 3.83e3, 0.29); // stripes-dense-3: 188 times, below the limit
        assertFalse(VerdictRules.DEFAULT.spike(seedLike).triggered());
        History growing = history(0.5, 3.0, 80.0);
        assertTrue(VerdictRules.DEFAULT.exploding(growing, none).triggered());
        assertFalse(VerdictRules.DEFAULT.spike(growing).triggered(), "an exploding run is not a spike");
    }

    private static History history(double... losses) {
        List<EpochRecord> records = new ArrayList<>();
        for (int i = 0; i < losses.length; i++) {
            records.add(new EpochRecord(i + 1, losses[i], 0.5, 0.5, 0.5));
        }
        return new History(records, false);
    }

    @Test
    void overfittingWhenADenseBranchMemorisesVariedScans(@TempDir Path dir) {
        Run run = run(dir, spec(VARIED, dense(1, 32, Activation.RELU, 0),
                training(OptimizerSpec.OptimizerType.RMSPROP, 3e-3, 40, 16)));
        run.assertTriggered(VerdictRules.OVERFITTING, "validation accuracy 0.500", "(rising)");
        run.assertNotTriggered(VerdictRules.EXPLODING, VerdictRules.EMBEDDING_COLLAPSE, VerdictRules.NO_LEARNING);
    }
}
