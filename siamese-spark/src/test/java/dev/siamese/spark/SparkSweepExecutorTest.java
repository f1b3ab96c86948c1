package dev.siamese.spark;

import dev.siamese.OutputFiles;
import dev.siamese.experiment.ExperimentSweep;
import dev.siamese.experiment.InProcessSweepExecutor;
import dev.siamese.spec.SweepSpecReader;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark runner on local[2] gives the same aggregates as the in-process runner, bit for bit. */
class SparkSweepExecutorTest {
    private static final String EXPERIMENT = """
            {"schemaVersion": 1, "name": "tiny",
             "dataset": {"type": "stripes", "size": 16, "stripeWidth": 2, "scansPerFinger": 4},
             "split": {"validationFraction": 0.5},
             "pairs": {"strategy": "balanced"},
             "model": {"branch": [{"type": "flatten"}, {"type": "dense", "units": 8, "activation": "relu"},
                                  {"type": "dropout", "rate": 0.3}, {"type": "dense", "units": 4}]},
             "training": {"epochs": 3, "batchSize": 4}}
            """;

    @TempDir
    Path dir;

    @Test
    void sameAggregatesAsTheInProcessRunner() throws IOException {
        Files.writeString(dir.resolve("experiment.json"), EXPERIMENT);
        Path sweep = Files.writeString(dir.resolve("sweep.json"),
                "{\"schemaVersion\": 1, \"seeds\": 2, \"grid\": {\"model.margin\": [1.0, 0.5]}}");
        SweepPlan plan = new SweepPlanner().plan(new SweepSpecReader().read(sweep));

        ExperimentSweep.Outcome local = new ExperimentSweep().run(plan, dir.resolve("local"), new InProcessSweepExecutor());
        ExperimentSweep.Outcome spark = new ExperimentSweep().run(plan, dir.resolve("spark"), new SparkSweepExecutor("local[2]"));

        assertTrue(spark.failed().isEmpty() && spark.retried().isEmpty(), spark.failed().toString());
        assertEquals(0, spark.upToDate());
        assertEquals(local.summary(), spark.summary());
        assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(OutputFiles.SWEEP_FILE)),
                Files.readAllBytes(dir.resolve("spark").resolve(OutputFiles.SWEEP_FILE)), "sweep.json, byte for byte");
        for (var p : plan.points()) {
            assertTrue(Files.isRegularFile(dir.resolve("spark").resolve(OutputFiles.SWEEP_FOLDER).resolve(p.name())
                    .resolve(OutputFiles.MODEL_FILE)), p.name());
        }
        // the loss differs between seeds: the comparison is not of constants
        var loss = spark.summary().point("1.0").orElseThrow().metrics().get("train.loss");
        assertTrue(loss.values().get(0).doubleValue() != loss.values().get(1).doubleValue(), loss.values().toString());
    }
}
