package dev.siamese.spec;

import dev.siamese.ExperimentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentSpecReaderTest {
    private static final String MINIMAL = """
            {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}}""";

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    private ExperimentSpec read(String json) throws IOException {
        return new ExperimentSpecReader().read(write("experiment.json", json));
    }

    /** Reads {@code json} expecting a failure at {@code jsonPath} whose message contains {@code words}. */
    private SpecException fails(String json, String jsonPath, String words) throws IOException {
        Path file = write("experiment.json", json);
        SpecException e = assertThrows(SpecException.class, () -> new ExperimentSpecReader().read(file));
        assertEquals(jsonPath, e.jsonPath(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString() + ": " + jsonPath + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Test
    void minimalSpecGetsTheSeedsDefaults() throws IOException {
        ExperimentSpec spec = read(MINIMAL);
        assertEquals(new StripesDatasetSpec(160, 6, 15, ScanVariation.NONE), spec.dataset());
        assertEquals(new SplitSpec(0.2, SplitStrategy.BY_IMAGE, true), spec.split());
        assertEquals(PairStrategy.SEED, spec.pairs().strategy());
        assertEquals(1.0 / 3, spec.pairs().minEqualsFraction(), 1e-12);
        assertEquals("dense-1", spec.model().preset());
        assertEquals(1.0, spec.model().margin());
        assertEquals(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP), spec.training().optimizer());
        assertEquals(1e-7, spec.training().optimizer().epsilon());
        assertEquals(32, spec.training().batchSize());
        assertEquals(500, spec.training().epochs());
        assertNull(spec.training().earlyStopping());
        assertEquals(0.5, spec.evaluation().threshold());
        assertTrue(spec.expectations().isEmpty());
    }

    @Test
    void diagnosticsIsOffUnlessAsked() throws IOException {
        assertFalse(read(MINIMAL).diagnostics());
        assertTrue(read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "diagnostics": true}""").diagnostics());
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "diagnostics": "yes"}""",
                "$.diagnostics", "must be true or false");
    }

    @Test
    void fullSpecIsReadIntoRecords() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "full", "description": "d", "seed": 7,
                 "dataset": {"type": "stripes", "size": 32, "stripeWidth": 4, "scansPerFinger": 5,
                             "variation": {"maxShift": 2, "maxRotationDegrees": 3, "noise": 0.05}},
                 "split": {"validationFraction": 0.25, "strategy": "by-identity", "shuffle": false},
                 "pairs": {"strategy": "balanced"},
                 "model": {"branch": [{"type": "conv2d", "filters": 2, "kernel": [3, 5], "padding": "same", "activation": "tanh"},
                                      {"type": "maxpool"}, {"type": "flatten"}, {"type": "batchnorm"},
                                      {"type": "dropout", "rate": 0.25}, {"type": "dense", "units": 8},
                                      {"type": "activation", "activation": "sigmoid"}], "margin": 2},
                 "training": {"optimizer": {"type": "adam", "learningRate": 0.01, "beta2": 0.99},
                              "epochs": 3, "batchSize": 4, "earlyStopping": {"patience": 2}},
                 "evaluation": {"threshold": 0.4},
                 "expectations": [{"metric": "validation.accuracy", "min": 0.9}, {"metric": "train.loss", "max": 0.3}]}""");
        assertEquals(7, spec.seed());
        assertEquals(new ScanVariation(2, 3, 0.05), ((StripesDatasetSpec) spec.dataset()).variation());
        assertEquals(SplitStrategy.BY_IDENTITY, spec.split().strategy());
        assertNull(spec.model().preset());
        assertEquals(new LayerSpec.Conv2d(2, 3, 5, 1, 1, LayerSpec.Padding.SAME, Activation.TANH), spec.model().branch().get(0));
        assertEquals(new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2, 2), spec.model().branch().get(1));
        assertEquals(new LayerSpec.BatchNorm(0.99, 1e-3), spec.model().branch().get(3));
        assertEquals(0.75, ((LayerSpec.Dropout) spec.model().branch().get(4)).retainProbability());
        assertEquals(new LayerSpec.Dense(8, Activation.LINEAR), spec.model().branch().get(5));
        assertEquals(0.99, spec.training().optimizer().beta2());
        assertEquals(new EarlyStoppingSpec(2, 0), spec.training().earlyStopping());
        assertEquals(Expectation.limits("train.loss", null, 0.3), spec.expectations().get(1));
    }

    @Test
    void presetsExpandToTheSeedsBranches() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "model": {"branch": "dense-3"}}""");
        assertEquals(6, spec.model().branch().size());
        assertEquals(new LayerSpec.Dropout(0.3), spec.model().branch().get(2));
        assertEquals(ModelSpec.WeightInit.GLOROT_UNIFORM, spec.model().weightInit(), "Keras's default");
        ExperimentSpec he = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"branch": "dense-3", "weightInit": "he-uniform"}}""");
        assertEquals(ModelSpec.WeightInit.HE_UNIFORM, he.model().weightInit());
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "model": {"weightInit": "he"}}""",
                "$.model.weightInit", "allowed: glorot-uniform, glorot-normal, he-uniform, he-normal, lecun-normal");
        ExperimentSpec conv = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "model": {"branch": "conv"}}""");
        assertEquals(new LayerSpec.Dense(10, Activation.TANH), conv.model().branch().get(6));
    }

    @Test
    void unknownFieldIsNamedWithASuggestion() throws IOException {
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "training": {"epoch": 5}}""",
                "$.training.epoch", "did you mean \"epochs\"");
    }

    @Test
    void wrongTypeSaysWhatWasGiven() throws IOException {
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "training": {"epochs": "ten"}}""",
                "$.training.epochs", "must be an integer from 1 to 1000000, got a string (\"ten\")");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "seed": 1.5}""",
                "$.seed", "must be an integer");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "split": {"shuffle": "no"}}""",
                "$.split.shuffle", "must be true or false");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": "stripes"}""",
                "$.dataset", "must be an object, got a string");
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        fails("""
                {"schemaVersion": 1, "dataset": {"type": "stripes"}}""", "$", "missing required field \"name\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"size": 3}}""", "$.dataset", "missing required field \"type\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"branch": [{"type": "dense"}]}}""", "$.model.branch[0]", "missing required field \"units\"");
    }

    @Test
    void valueOutOfRangeSaysWhatIsAllowed() throws IOException {
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "split": {"validationFraction": 1.5}}""",
                "$.split.validationFraction", "must be a number >= 0 and < 1, got 1.5");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"branch": [{"type": "flatten"}, {"type": "dropout", "rate": 1}]}}""",
                "$.model.branch[1].rate", "< 1");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "split": {"strategy": "by-finger"}}""",
                "$.split.strategy", "allowed: by-image, by-identity");
    }

    @Test
    void unknownSchemaVersionIsRefused() throws IOException {
        fails("""
                {"schemaVersion": 2, "name": "t", "dataset": {"type": "stripes"}}""",
                "$.schemaVersion", "this build reads schemaVersion 1");
        fails("""
                {"name": "t", "dataset": {"type": "stripes"}}""", "$", "missing required field \"schemaVersion\"");
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path file = write("experiment.json", "{\"schemaVersion\": 1,\n  \"name\": }");
        ExperimentException e = assertThrows(ExperimentException.class, () -> new ExperimentSpecReader().read(file));
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        Path dup = write("dup.json", "{\"schemaVersion\": 1, \"name\": \"a\", \"name\": \"b\"}");
        e = assertThrows(ExperimentException.class, () -> new ExperimentSpecReader().read(dup));
        assertTrue(e.getMessage().contains("Duplicate field 'name'"), e.getMessage());
    }

    @Test
    void badLayerListsNameTheLayer() throws IOException {
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes", "size": 16},
                 "model": {"branch": [{"type": "conv2d", "filters": 2, "kernel": 20}, {"type": "flatten"}]}}""",
                "$.model.branch[0]", "kernel 20×20 does not fit: the layer gets 1×16×16");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"branch": [{"type": "dense", "units": 3}]}}""",
                "$.model.branch[0]", "put {\"type\": \"flatten\"} before it");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"branch": [{"type": "flatten"}, {"type": "dense", "units": 3, "activation": "relux"}]}}""",
                "$.model.branch[1].activation", "did you mean \"relu\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "model": {"branch": "dense-2"}}""",
                "$.model.branch", "unknown preset \"dense-2\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "model": {"branch": [{"type": "conv2d", "filters": 1, "kernel": 3}]}}""",
                "$.model.branch", "must end in a flat embedding");
    }

    @Test
    void expectationsAreChecked() throws IOException {
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "expectations": [{"metric": "validation.acuracy", "min": 0.9}]}""",
                "$.expectations[0].metric", "did you mean \"validation.accuracy\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "expectations": [{"metric": "validation.accuracy"}]}""",
                "$.expectations[0]", "needs \"min\", \"max\" or \"baseline\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "expectations": [{"metric": "validation.eerThreshold", "baseline": "old.json"}]}""",
                "$.expectations[0]", "missing required field \"direction\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "expectations": [{"metric": "validation.eer", "max": 0.1, "tolerance": 0.01}]}""",
                "$.expectations[0].tolerance", "only applies together with \"baseline\"");
    }

    @Test
    void baselineExpectationsResolveTheFileAndDefaultTheDirection() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "expectations": [{"metric": "validation.eer", "baseline": "base/results.json", "tolerance": 0.1,
                                   "toleranceMode": "relative", "note": "no regression"}]}""");
        Expectation e = spec.expectations().get(0);
        assertEquals(dir.resolve("base/results.json"), e.baseline());
        assertEquals(Expectation.Direction.LOWER, e.direction());
        assertTrue(e.relative());
        assertEquals(0.1, e.tolerance());
        assertEquals("no regression", e.note());
    }

    @Test
    void extendsMergesDeeplyAndNamesTheFileAValueCameFrom() throws IOException {
        write("base/experiment.json", """
                {"schemaVersion": 1, "name": "base", "seed": 3,
                 "dataset": {"type": "stripes", "size": 32, "stripeWidth": 4},
                 "training": {"epochs": 9, "batchSize": 4}}""");
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "extends": "base/experiment.json", "name": "child",
                 "dataset": {"stripeWidth": 2}, "training": {"batchSize": null}}""");
        assertEquals("child", spec.name());
        assertEquals(3, spec.seed());
        assertEquals(new StripesDatasetSpec(32, 2, 15, ScanVariation.NONE), spec.dataset());
        assertEquals(9, spec.training().epochs());
        assertEquals(32, spec.training().batchSize(), "null removes the inherited value");

        Path base = write("bad/experiment.json", """
                {"schemaVersion": 1, "name": "base", "dataset": {"type": "stripes"}, "training": {"epochs": 0}}""");
        SpecException e = assertThrows(SpecException.class, () -> read("""
                {"schemaVersion": 1, "extends": "bad/experiment.json", "name": "child"}"""));
        assertEquals(base, e.file(), "the error names the file that holds the bad value");
        assertEquals("$.training.epochs", e.jsonPath());
    }

    @Test
    void aChildThatChangesTheOptimizerTypeStartsFromThatTypesDefaults() throws IOException {
        write("base/experiment.json", """
                {"schemaVersion": 1, "name": "base", "dataset": {"type": "stripes"},
                 "training": {"optimizer": {"type": "adam", "learningRate": 0.05, "beta1": 0.5}, "epochs": 7}}""");
        ExperimentSpec rmsprop = read("""
                {"schemaVersion": 1, "extends": "base/experiment.json", "name": "child",
                 "training": {"optimizer": {"type": "rmsprop"}}}""");
        assertEquals(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP), rmsprop.training().optimizer(),
                "neither adam's learningRate nor its beta1 (not an rmsprop field) survives");
        assertEquals(7, rmsprop.training().epochs(), "the rest of training still merges");
        ExperimentSpec sgd = read("""
                {"schemaVersion": 1, "extends": "base/experiment.json", "name": "child",
                 "training": {"optimizer": {"type": "sgd", "momentum": 0.9}}}""");
        assertEquals(0.01, sgd.training().optimizer().learningRate(), "sgd's default, not the parent's 0.05");
        assertEquals(0.9, sgd.training().optimizer().momentum(), "the child's own fields apply");
        ExperimentSpec sameType = read("""
                {"schemaVersion": 1, "extends": "base/experiment.json", "name": "child",
                 "training": {"optimizer": {"type": "adam", "beta2": 0.99}}}""");
        assertEquals(0.05, sameType.training().optimizer().learningRate(), "the same type still merges");
        assertEquals(0.5, sameType.training().optimizer().beta1());
        assertEquals(0.99, sameType.training().optimizer().beta2());

        write("untyped/experiment.json", """
                {"schemaVersion": 1, "name": "base", "dataset": {"type": "stripes"},
                 "training": {"optimizer": {"learningRate": 0.05}}}""");
        ExperimentSpec fromDefaultType = read("""
                {"schemaVersion": 1, "extends": "untyped/experiment.json", "name": "child",
                 "training": {"optimizer": {"type": "adam"}}}""");
        assertEquals(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), fromDefaultType.training().optimizer(),
                "a parent without a type has rmsprop's: changing it to adam drops the learningRate");
    }

    @Test
    void aChildThatChangesTheLossTypeStartsFromThatTypesDefaults() throws IOException {
        write("cosface/experiment.json", """
                {"schemaVersion": 1, "name": "base", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "cosface", "scale": 20, "margin": 0.3}}}""");
        ExperimentSpec triplet = read("""
                {"schemaVersion": 1, "extends": "cosface/experiment.json", "name": "child",
                 "model": {"loss": {"type": "triplet"}}}""");
        assertEquals(new LossSpec.Triplet(0.2, LossSpec.Mining.BATCH_HARD), triplet.model().loss(),
                "cosface's scale (no triplet field) and margin do not carry over");
        ExperimentSpec arcface = read("""
                {"schemaVersion": 1, "extends": "cosface/experiment.json", "name": "child",
                 "model": {"loss": {"type": "cosface", "margin": 0.4}}}""");
        assertEquals(new LossSpec.MarginSoftmax(LossSpec.Kind.COSFACE, 20, 0.4), arcface.model().loss(),
                "the same type still merges");
    }

    @Test
    void extendsCyclesAndMissingFilesAreErrors() throws IOException {
        write("a.json", "{\"schemaVersion\": 1, \"extends\": \"b.json\", \"name\": \"a\"}");
        write("b.json", "{\"schemaVersion\": 1, \"extends\": \"a.json\", \"name\": \"b\"}");
        SpecException cycle = assertThrows(SpecException.class, () -> new ExperimentSpecReader().read(dir.resolve("a.json")));
        assertEquals("$.extends", cycle.jsonPath());
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
        fails("""
                {"schemaVersion": 1, "extends": "nowhere.json", "name": "t"}""", "$.extends", "file not found: nowhere.json");
    }

    @Test
    void folderDatasetResolvesAgainstTheSpecAndChecksThePattern() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t",
                 "dataset": {"type": "folder", "folder": "scans", "identityPattern": "^(\\\\d+)_\\\\d+", "resize": {"width": 64, "height": 64}}}""");
        FolderDatasetSpec folder = (FolderDatasetSpec) spec.dataset();
        assertEquals(dir.resolve("scans"), folder.folder());
        assertEquals(new ImageSize(64, 64), folder.resize());
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "folder", "folder": "x", "identityPattern": "(["}}""",
                "$.dataset.identityPattern", "not a valid regular expression");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "folder", "folder": "x", "size": 3}}""",
                "$.dataset.size", "unknown field");
    }

    @Test
    void pairsMayUseFvcForValidationAndRejectSeedOnlyFields() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "pairs": {"strategy": "balanced", "validationStrategy": "fvc"}}""");
        assertEquals(PairStrategy.BALANCED, spec.pairs().strategy());
        assertEquals(PairStrategy.FVC, spec.pairs().validationStrategy());
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "pairs": {"strategy": "fvc", "minEqualsFraction": 0.5}}""",
                "$.pairs.minEqualsFraction", "only applies to strategy \"seed\"");
    }

    @Test
    void syntheticFingerprintsAndSourceAfisAreReadWithDefaults() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t",
                 "dataset": {"type": "synthetic-fingerprints", "fingers": 10, "size": 256, "variation": {"noise": 0.2}},
                 "model": {"type": "sourceafis"}}""");
        SyntheticFingerprintsDatasetSpec d = (SyntheticFingerprintsDatasetSpec) spec.dataset();
        assertEquals(10, d.fingers());
        assertEquals(8, d.impressionsPerFinger());
        assertEquals(256 * 9.0 / 400, d.ridgePeriod(), 1e-12);
        assertEquals(0.2, d.variation().noise());
        assertEquals(15, d.variation().rotationDegrees());
        assertEquals(SyntheticFingerprintsDatasetSpec.ClassMix.NATURAL, d.classMix());
        assertFalse(spec.model().isNetwork());
        assertEquals(500 * d.ridgePeriod() / 9, spec.model().dpi(), 1e-9);
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints"},
                 "model": {"type": "sourceafis", "branch": "conv"}}""", "$.model.branch", "unknown field");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints", "classMix": {"arch": 0, "tentedArch": 0,
                 "leftLoop": 0, "rightLoop": 0, "whorl": 0}}}""", "$.dataset.classMix", "at least one class");
    }

    @Test
    void domainRandomisationTakesANumberOrARangeAndRejectsBadRanges() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t",
                 "dataset": {"type": "synthetic-fingerprints", "ridgePeriod": [4, 6],
                             "rendering": {"background": [200, 255], "blur": 0.5}},
                 "model": {"type": "sourceafis"}}""");
        SyntheticFingerprintsDatasetSpec d = (SyntheticFingerprintsDatasetSpec) spec.dataset();
        assertEquals(new ValueRange(4, 6), d.ridgePeriods());
        assertEquals(5, d.ridgePeriod(), 1e-12);
        assertEquals(new ValueRange(200, 255), d.rendering().background());
        assertEquals(ValueRange.fixed(0.5), d.rendering().blur());
        assertEquals(SyntheticFingerprintsDatasetSpec.Rendering.DEFAULT.ridgeSharpness(), d.rendering().ridgeSharpness());
        assertEquals(500 * 5.0 / 9, spec.model().dpi(), 1e-9, "SourceAFIS is told the middle period's resolution");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints", "ridgePeriod": [6, 4]}}""",
                "$.dataset.ridgePeriod", "min <= max");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints", "ridgePeriod": [4]}}""",
                "$.dataset.ridgePeriod", "an array [min, max]");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints",
                 "rendering": {"contrast": [0, 1]}}}""", "$.dataset.rendering.contrast", ">= 0.1");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints",
                 "rendering": {"glare": 1}}}""", "$.dataset.rendering.glare", "unknown field");
    }

    @Test
    void marginSoftmaxLossTrainingScheduleAndAugmentationAreRead() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints", "size": 128},
                 "model": {"branch": "fingerprint", "loss": {"type": "arcface", "scale": 64}},
                 "training": {"weightDecay": 0.0005, "epochs": 10, "evaluateEvery": 3,
                              "learningRateSchedule": {"type": "cosine", "warmupEpochs": 2, "minFactor": 0.05},
                              "augmentation": {"rotationDegrees": 15, "translation": 0.12}}}""");
        assertEquals(new LossSpec.MarginSoftmax(LossSpec.Kind.ARCFACE, 64, 0.5), spec.model().loss());
        assertTrue(spec.model().loss().byIdentity());
        assertEquals("fingerprint", spec.model().preset());
        assertEquals(0.0005, spec.training().weightDecay());
        assertEquals(new ScheduleSpec(ScheduleSpec.Type.COSINE, 2, 0.05, 1, 0.1), spec.training().schedule());
        assertEquals(new AugmentationSpec(15, 0.12, 0, 0, 0), spec.training().augmentation());
        assertTrue(spec.training().evaluatesAfter(3) && spec.training().evaluatesAfter(10));
        assertFalse(spec.training().evaluatesAfter(4));
        // defaults: the seed's contrastive loss with model.margin, no augmentation, constant rate
        ExperimentSpec plain = read(MINIMAL);
        assertEquals(new LossSpec.Contrastive(1.0), plain.model().loss());
        assertEquals(AugmentationSpec.NONE, plain.training().augmentation());
        assertEquals(ScheduleSpec.CONSTANT, plain.training().schedule());
    }

    @Test
    void tripletLossDefaultsToBatchHardOnPxKBatchesOfFourImpressions() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "training": {"batchSize": 32},
                 "model": {"loss": {"type": "triplet"}}}""");
        assertEquals(new LossSpec.Triplet(0.2, LossSpec.Mining.BATCH_HARD), spec.model().loss());
        assertEquals(4, spec.training().impressionsPerFinger());
        ExperimentSpec semi = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"batchSize": 36, "impressionsPerFinger": 6},
                 "model": {"loss": {"type": "triplet", "margin": 0.4, "mining": "semi-hard"}}}""");
        assertEquals(new LossSpec.Triplet(0.4, LossSpec.Mining.SEMI_HARD), semi.model().loss());
        assertEquals(6, semi.training().impressionsPerFinger());
        ExperimentSpec cosface = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "model": {"loss": {"type": "cosface"}}}""");
        assertEquals(0, cosface.training().impressionsPerFinger(), "plain shuffled batches unless asked");
    }

    @Test
    void augmentationTakesElasticDistortionAndPartialContact() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"augmentation": {"elastic": 0.03, "elasticSpacing": 0.2, "crop": 0.3}}}""");
        assertEquals(new AugmentationSpec(0, 0, 0, 0, 0, 0.03, 0.2, 0.3), spec.training().augmentation());
        assertEquals(AugmentationSpec.DEFAULT_ELASTIC_SPACING, read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"augmentation": {"elastic": 0.03}}}""").training().augmentation().elasticSpacing());
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"augmentation": {"crop": 0.95}}}""", "$.training.augmentation.crop", "0.9");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"augmentation": {"elasticSpacing": 0.01}}}""", "$.training.augmentation.elasticSpacing",
                "0.05");
    }

    @Test
    void residualBlocksHoldFeatureMapLayersAndTheirShapesAreChecked() throws IOException {
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes", "size": 32},
                 "model": {"branch": [
                   {"type": "conv2d", "filters": 8, "kernel": 3, "padding": "same"},
                   {"type": "residual", "layers": [
                     {"type": "conv2d", "filters": 16, "kernel": 3, "stride": 2, "padding": "same", "activation": "relu"},
                     {"type": "batchnorm"}]},
                   {"type": "globalavgpool"}]}}""");
        LayerSpec.Residual block = (LayerSpec.Residual) spec.model().branch().get(1);
        assertEquals(Activation.RELU, block.activation(), "ResNet's activation after the sum by default");
        assertEquals(2, block.layers().size());
        String head = """
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes", "size": 32},
                 "model": {"branch": [{"type": "conv2d", "filters": 8, "kernel": 3, "padding": "same"}, """;
        fails(head + """
                {"type": "residual", "layers": [{"type": "flatten"}]}, {"type": "dense", "units": 4}]}}""",
                "$.model.branch[1].layers[0].type", "allowed: conv2d, batchnorm, activation, dropout, avgpool, maxpool");
        fails(head + """
                {"type": "residual", "layers": [{"type": "residual", "layers": [{"type": "batchnorm"}]}]},
                {"type": "flatten"}]}}""", "$.model.branch[1].layers[0].type", "not allowed");
        fails(head + """
                {"type": "residual", "layers": []}, {"type": "flatten"}]}}""", "$.model.branch[1].layers",
                "at least one layer");
        fails(head + """
                {"type": "residual", "layers": [{"type": "conv2d", "filters": 8, "kernel": 3}]},
                {"type": "flatten"}]}}""", "$.model.branch[1]", "8×32×32 to 8×30×30");
        fails(head + """
                {"type": "residual", "layers": [{"type": "conv2d", "filters": 8, "kernel": 40, "padding": "valid"}]},
                {"type": "flatten"}]}}""", "$.model.branch[1].layers[0]", "kernel 40×40 does not fit");
        fails(head + """
                {"type": "flatten"}, {"type": "residual", "layers": [{"type": "batchnorm"}]}]}}""",
                "$.model.branch[2]", "residual needs a 2-D feature map");
        fails(head + """
                {"type": "residual", "layers": [{"type": "batchnorm"}]}, {"type": "dense", "units": 4}]}}""",
                "$.model.branch[2]", "gets 8×32×32");
    }

    @Test
    void marginSoftmaxTakesACenterTerm() throws IOException {
        assertEquals(new LossSpec.MarginSoftmax(LossSpec.Kind.ARCFACE, 30, 0.5, 0.1), read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "arcface", "centerLoss": 0.1}}}""").model().loss());
        assertEquals(0, ((LossSpec.MarginSoftmax) read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "cosface"}}}""").model().loss()).center(), "none by default");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "cosface", "centerLoss": -1}}}""", "$.model.loss.centerLoss", ">= 0");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "triplet", "centerLoss": 1}}}""", "$.model.loss.centerLoss", "margin, mining");
    }

    @Test
    void freshImpressionsNeedTheSyntheticGeneratorAndALossTrainedByFinger() throws IOException {
        assertFalse(read(MINIMAL).training().freshImpressions());
        assertTrue(read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints", "fingers": 4},
                 "model": {"branch": "fingerprint", "loss": {"type": "cosface"}},
                 "training": {"freshImpressions": true}}""").training().freshImpressions());
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "cosface"}}, "training": {"freshImpressions": true}}""",
                "$.training.freshImpressions", "dataset.type is \"stripes\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "synthetic-fingerprints", "fingers": 4},
                 "training": {"freshImpressions": true}}""", "$.training.freshImpressions", "trained on the pairs");
    }

    @Test
    void evaluationSampleAndEvaluateEveryAreCheckedAgainstDiagnostics() throws IOException {
        assertEquals(0, read(MINIMAL).training().evaluationSample(), "every pair by default");
        assertEquals(200, read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"evaluationSample": 200}}""").training().evaluationSample());
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"evaluationSample": 0}}""", "$.training.evaluationSample", "from 1 to");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "diagnostics": true,
                 "training": {"evaluateEvery": 5}}""", "$.training.evaluateEvery", "must be 1 with diagnostics");
    }

    @Test
    void keepBestNamesAValidationMetricWithABetterSide() throws IOException {
        assertNull(read(MINIMAL).training().keepBest(), "the last epoch's network by default");
        ExperimentSpec spec = read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"keepBest": "validation.eer"}}""");
        assertEquals("validation.eer", spec.training().keepBest());
        assertEquals("validation.loss", read("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"keepBest": "validation.loss"}}""").training().keepBest());
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"keepBest": "validation.err"}}""", "$.training.keepBest", "did you mean \"validation.eer\"");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"keepBest": "train.eer"}}""", "$.training.keepBest", "validation.rocAuc");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"keepBest": "validation.eerThreshold"}}""", "$.training.keepBest", "not allowed");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"keepBest": "validation.loss"}, "model": {"loss": {"type": "cosface"}}}""",
                "$.training.keepBest", "not allowed");
    }

    @Test
    void lossesRejectWhatDoesNotApplyToThem() throws IOException {
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"margin": 2, "loss": {"type": "cosface"}}}""", "$.model.margin", "takes its own");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "cosface", "margin": 3}}}""", "$.model.loss.margin", "<= 1");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "triplets"}}}""", "$.model.loss.type", "contrastive, triplet, cosface, arcface");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "triplet", "scale": 30}}}""", "$.model.loss.scale", "margin, mining");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"loss": {"type": "triplet", "mining": "hardest"}}}""", "$.model.loss.mining",
                "batch-hard, semi-hard");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "training": {"batchSize": 30},
                 "model": {"loss": {"type": "triplet"}}}""", "$.training.batchSize", "multiple of");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"batchSize": 32, "impressionsPerFinger": 5},
                 "model": {"loss": {"type": "cosface"}}}""", "$.training.impressionsPerFinger", "must divide");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"impressionsPerFinger": 4}}""", "$.training.impressionsPerFinger", "trained on pairs");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"}, "diagnostics": true,
                 "model": {"loss": {"type": "cosface"}}}""", "$.diagnostics", "contrastive loss only");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "training": {"epochs": 3, "learningRateSchedule": {"type": "step", "warmupEpochs": 3}}}""",
                "$.training.learningRateSchedule.warmupEpochs", "must be below training.epochs");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"branch": [{"type": "flatten"}, {"type": "globalavgpool"}]}}""",
                "$.model.branch[1]", "globalavgpool needs a 2-D feature map");
        fails("""
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "stripes"},
                 "model": {"margin": 1e39}}""", "$.model.margin", "1000000");
    }

    @Test
    void scheduleFactorsWarmUpThenFollowTheirShape() {
        ScheduleSpec cosine = new ScheduleSpec(ScheduleSpec.Type.COSINE, 2, 0.0, 1, 1);
        assertEquals(1 / 3.0, cosine.factor(1, 12), 1e-12);
        assertEquals(2 / 3.0, cosine.factor(2, 12), 1e-12);
        assertEquals(1.0, cosine.factor(3, 12), 1e-12);
        assertEquals(0.0, cosine.factor(12, 12), 1e-12);
        ScheduleSpec step = new ScheduleSpec(ScheduleSpec.Type.STEP, 0, 0, 4, 0.5);
        assertEquals(1.0, step.factor(4, 12), 1e-12);
        assertEquals(0.5, step.factor(5, 12), 1e-12);
        assertEquals(0.25, step.factor(9, 12), 1e-12);
        assertEquals(1.0, ScheduleSpec.CONSTANT.factor(7, 12), 0.0);
    }
}
