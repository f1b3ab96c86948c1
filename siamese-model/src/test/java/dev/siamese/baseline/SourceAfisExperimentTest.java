package dev.siamese.baseline;

import dev.siamese.OutputFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.experiment.ExperimentEvaluation;
import dev.siamese.results.Results;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.experiment.ExperimentTraining;
import dev.siamese.history.HistoryJson;
import dev.siamese.train.TrainingListener;
import dev.siamese.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** siamese:train then siamese:evaluate, as the goals run them, for {@code "model": {"type": "sourceafis"}}. */
class SourceAfisExperimentTest {
    @TempDir
    Path dir;

    @Test
    void trainPreparesDataOnlyAndEvaluateWritesResultsWithoutAModel() throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "afis-e2e",
                 "dataset": {"type": "synthetic-fingerprints", "fingers": 6, "impressionsPerFinger": 3, "size": 128},
                 "split": {"validationFraction": 0.34, "strategy": "by-identity"},
                 "pairs": {"strategy": "balanced"},
                 "model": {"type": "sourceafis"}}
                """);
        ExperimentSpec spec = new ExperimentSpecReader().read(file);
        Path out = dir.resolve("target/siamese");
        Files.createDirectories(out);
        Files.writeString(out.resolve(OutputFiles.MODEL_FILE), "left by an earlier network run");
        Files.writeString(out.resolve(OutputFiles.TIMINGS_FILE), "{}");

        TrainingResult trained = new ExperimentTraining().run(spec, out, TrainingListener.NONE);
        assertNull(trained.network());
        assertTrue(trained.history().epochs().isEmpty());
        assertTrue(HistoryJson.read(out.resolve(OutputFiles.HISTORY_FILE)).epochs().isEmpty());
        assertFalse(Files.exists(out.resolve(OutputFiles.MODEL_FILE)), "a stale model must not pass for this run's");
        assertFalse(Files.exists(out.resolve(OutputFiles.TIMINGS_FILE)));
        assertTrue(Files.isRegularFile(out.resolve("dataset/manifest.json")));

        Results results = new ExperimentEvaluation().run(spec, out);
        assertNull(results.modelSha256());
        assertNull(results.environment().backend(), "no ND4J backend is loaded for SourceAFIS");
        assertTrue(results.metrics().train().rocAuc() > 0.7, "train ROC AUC " + results.metrics().train().rocAuc());
        assertTrue(results.metrics().validation().pairs() > 0);

        JsonNode json = new ObjectMapper().readTree(out.resolve(OutputFiles.RESULTS_FILE).toFile());
        assertTrue(json.get("modelSha256").isNull());
        assertEquals(0, json.get("history").get("epochs").size());
        assertTrue(json.get("metrics").get("validation").get("rocAuc").isNumber());
        assertTrue(json.get("metrics").get("train").get("eer").isNumber());
        assertEquals("sourceafis", json.get("spec").get("model").get("type").asText());
        JsonNode scores = new ObjectMapper().readTree(out.resolve(OutputFiles.SCORES_FILE).toFile());
        assertEquals(results.metrics().train().pairs(), scores.get("train").size());
        double d = scores.get("train").get(0).get("distance").asDouble();
        assertTrue(d > 0 && d <= 1, "distance " + d);
    }
}
