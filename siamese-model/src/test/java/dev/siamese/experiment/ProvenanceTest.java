package dev.siamese.experiment;

import dev.siamese.OutputFiles;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.train.TrainingListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every output carries the fingerprint of what made it, and a goal refuses inputs that are not this spec's:
 * stale after a spec change, copied from another experiment, or left half-committed by a killed run.
 */
class ProvenanceTest {
    @TempDir
    static Path dir;
    static ExperimentSpec dense;
    static ExperimentSpec other;
    static Path out;
    static Path otherOut;

    @BeforeAll
    static void trainTwoExperiments() throws IOException {
        dense = spec("a", "dense-1", 16);
        other = spec("b", "dense-1", 24);
        out = dir.resolve("a/target/siamese");
        otherOut = dir.resolve("b/target/siamese");
        new ExperimentTraining().run(dense, out, TrainingListener.NONE);
        new ExperimentTraining().run(other, otherOut, TrainingListener.NONE);
    }

    static ExperimentSpec spec(String name, String branch, int size) throws IOException {
        Path file = dir.resolve(name + "-" + size + "/experiment.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "%s",
                 "dataset": {"type": "stripes", "size": %d, "stripeWidth": 4, "scansPerFinger": 4},
                 "pairs": {"strategy": "balanced"},
                 "model": {"branch": "%s"}, "training": {"epochs": 2, "batchSize": 4}}
                """.formatted(name, size, branch));
        return new ExperimentSpecReader().read(file);
    }

    @Test
    void trainingAndEvaluationAreUpToDateOnlyForTheSpecThatMadeThem() throws IOException {
        ExperimentTraining training = new ExperimentTraining();
        ExperimentEvaluation evaluation = new ExperimentEvaluation();
        assertTrue(training.upToDate(dense, out));
        Results results = evaluation.run(dense, out);
        assertNotNull(results.provenance());
        assertEquals(results.provenance().fingerprint(), ResultsJson.read(out.resolve(OutputFiles.RESULTS_FILE))
                .provenance().fingerprint());
        assertNotNull(results.environment().siamese(), "results carry the Siamese version");
        assertTrue(evaluation.upToDate(dense, out));

        ExperimentSpec changedExpectationsOnly = spec("a", "dense-1", 16).withDiagnostics(false);
        assertTrue(evaluation.upToDate(changedExpectationsOnly, out), "the same spec read again");
        ExperimentSpec bigger = spec("a", "dense-1", 24);
        assertFalse(training.upToDate(bigger, out), "another image size needs another training");
        assertFalse(evaluation.upToDate(bigger, out));

        Files.writeString(out.resolve(OutputFiles.SCORES_FILE), "{}");
        assertFalse(evaluation.upToDate(dense, out), "results.json and scores.json count only as a pair");
    }

    @Test
    void evaluateAfterTheSpecChangedRefusesTheOldModel() throws IOException {
        ExperimentSpec changed = spec("a", "dense-3", 16);
        StaleInputException e = assertThrows(StaleInputException.class,
                () -> new ExperimentEvaluation().run(changed, out));
        assertEquals(Stage.TRAINING, e.stage());
        assertTrue(e.getMessage().contains("trained for another spec or data set"), e.getMessage());
        assertFalse(e.getMessage().contains("siamese:"), "the library names no goals: " + e.getMessage());
    }

    @Test
    void aModelCopiedFromAnotherExperimentIsRefused() throws IOException {
        Path copy = dir.resolve("copy/target/siamese");
        copyTree(out, copy);
        Files.copy(otherOut.resolve(OutputFiles.MODEL_FILE), copy.resolve(OutputFiles.MODEL_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        StaleInputException e = assertThrows(StaleInputException.class,
                () -> new ExperimentEvaluation().run(dense, copy));
        assertTrue(e.getMessage().startsWith(copy.resolve(OutputFiles.MODEL_FILE) + ": not the file this"),
                e.getMessage());
        assertFalse(new ExperimentTraining().upToDate(dense, copy));
    }

    @Test
    void aWholeFolderOfAnotherExperimentIsRefused() throws IOException {
        StaleInputException e = assertThrows(StaleInputException.class,
                () -> new ExperimentEvaluation().run(dense, otherOut));
        assertTrue(e.getMessage().contains("trained for another spec"), e.getMessage());
    }

    @Test
    void outputsOfARunKilledBeforeItsManifestDoNotCount() throws IOException {
        Path killed = dir.resolve("killed/target/siamese");
        copyTree(out, killed);
        // as a run killed between model.zip and history.json leaves it: the manifest is removed first
        Files.delete(killed.resolve(OutputFiles.TRAINING_MANIFEST));
        assertFalse(new ExperimentTraining().upToDate(dense, killed));
        StaleInputException e = assertThrows(StaleInputException.class,
                () -> new ExperimentEvaluation().run(dense, killed));
        assertEquals(Stage.TRAINING, e.stage());
        assertTrue(e.getMessage().contains("no complete training"), e.getMessage());
    }

    @Test
    void resultsOfAnotherExperimentAreRefusedByTheCheck() throws IOException {
        Results theirs = new ExperimentEvaluation().run(other, otherOut);
        Path file = otherOut.resolve(OutputFiles.RESULTS_FILE);
        InputDigests.requireResultsOf(other, theirs, file);
        StaleInputException e = assertThrows(StaleInputException.class,
                () -> InputDigests.requireResultsOf(dense, theirs, file));
        assertEquals(Stage.EVALUATION, e.stage());
        assertTrue(e.getMessage().contains("made from another spec (experiment \"b\""), e.getMessage());
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
