package dev.siamese.experiment;

import dev.siamese.GateOutcome;
import dev.siamese.Line;
import dev.siamese.OutputFiles;
import dev.siamese.history.EpochRecord;
import dev.siamese.history.History;
import dev.siamese.history.HistoryJson;
import dev.siamese.history.KeptEpoch;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.train.TrainingListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the goals log and write comes from the library: the same lines and files for a program as for a build. */
class ExperimentOutcomesTest {
    @TempDir
    static Path dir;
    static ExperimentSpec spec;
    static Path out;

    @BeforeAll
    static void trainAndEvaluate() throws IOException {
        spec = spec("net", """
                "model": {"branch": "dense-1"}, "training": {"epochs": 2, "batchSize": 4},
                "expectations": [{"metric": "validation.accuracy", "min": 1.01, "note": "above any accuracy"},
                                 {"metric": "train.loss", "min": 0}]""");
        out = dir.resolve("net/target/siamese");
        new ExperimentTraining().run(spec, out, TrainingListener.NONE);
        new ExperimentEvaluation().run(spec, out);
    }

    static ExperimentSpec spec(String name, String sections) throws IOException {
        Path file = dir.resolve(name + "/experiment.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "%s",
                 "dataset": {"type": "stripes", "size": 16, "stripeWidth": 4, "scansPerFinger": 4},
                 "pairs": {"strategy": "balanced"}, %s}
                """.formatted(name, sections));
        return new ExperimentSpecReader().read(file);
    }

    @Test
    void runWritesTheReportAndReportSaysTheMetricsAndFilesWritten() {
        assertTrue(Files.isRegularFile(out.resolve("report.html")), "the Java API writes the report as the build does");
        List<String> lines = new ExperimentEvaluation().report(spec, out).stream().map(Line::text).toList();
        assertTrue(lines.get(0).startsWith("Train:      "), lines.toString());
        assertTrue(lines.get(1).startsWith("Validation: ") && lines.get(1).contains("pairs"), lines.toString());
        assertEquals("Wrote " + out.resolve("report.html"), lines.get(lines.size() - 1));
    }

    @Test
    void theCheckFailsPerMissedLimitAndWritesTheJUnitReport() {
        GateOutcome check = new ExperimentCheck().run(spec, out);
        assertFalse(check.passed());
        assertEquals(1, check.failures().size(), check.failures().toString());
        assertTrue(check.failures().get(0).startsWith("Expectation missed: validation.accuracy is "));
        assertTrue(check.failures().get(0).endsWith("(above any accuracy)"), check.failures().get(0));
        assertEquals("1 of 2 expectation limits missed: validation.accuracy (net)", check.summary());
        assertTrue(Files.isRegularFile(out.resolve("TEST-siamese-expectations.xml")));
    }

    @Test
    void aSpecWithoutExpectationsGatesNothing() throws IOException {
        ExperimentSpec none = spec("none", "\"model\": {\"branch\": \"dense-1\"}");
        GateOutcome check = new ExperimentCheck().run(none, out);
        assertTrue(check.passed());
        assertNull(check.summary());
        assertTrue(check.lines().get(0).text().endsWith(": nothing to check"), check.lines().toString());
    }

    @Test
    void theTrainingSummaryNamesEpochsLastFiguresAndFiles() {
        String line = new ExperimentTraining().summary(spec, out);
        assertTrue(line.startsWith("Trained net: 2 epochs, last: loss "), line);
        assertTrue(line.endsWith("; wrote " + out.resolve(OutputFiles.MODEL_FILE) + " and "
                + out.resolve(OutputFiles.HISTORY_FILE)), line);
        assertFalse(line.contains("kept"), line);
    }

    @Test
    void theTrainingSummarySaysWhichEpochWasKept() throws IOException {
        Path folder = dir.resolve("kept");
        List<EpochRecord> epochs = List.of(new EpochRecord(1, 0.3, 0.2, 0.6, 0.7), new EpochRecord(2, 0.25, 0.15, 0.7, 0.8));
        HistoryJson.write(folder.resolve(OutputFiles.HISTORY_FILE),
                new History(epochs, true, new KeptEpoch("validation.eer", 1, 0.0125)));
        String line = new ExperimentTraining().summary(spec, folder);
        assertTrue(line.startsWith("Trained net: 2 epochs (stopped early), last: loss 0.2500  val loss 0.1500  acc 0.700"
                + "  val acc 0.800; kept epoch 1 (best validation.eer: 0.01250); wrote "), line);
    }

    @Test
    void anEmptyHistorySaysNoTrainingWasNeeded() throws IOException {
        Path folder = dir.resolve("afis");
        HistoryJson.write(folder.resolve(OutputFiles.HISTORY_FILE), new History(List.of(), false));
        assertTrue(new ExperimentTraining().summary(spec, folder).startsWith("net needs no training"));
    }
}
