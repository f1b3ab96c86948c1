package dev.siamese.spark;

import dev.siamese.OutputFiles;
import dev.siamese.experiment.PointOutcome;
import dev.siamese.experiment.SweepPointRun;
import dev.siamese.spec.SweepSpecReader;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPlanner;
import org.apache.spark.api.java.function.Function;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Spark task: plans the sweep on the executor (once per JVM), runs the named point with
 * {@link SweepPointRun} and returns its {@code results.json} text, or why it failed. Only names and paths
 * travel, no specs or models.
 */
final class PointTask implements Function<String, PointTask.Outcome> {
    private static final long serialVersionUID = 1L;
    private static final Map<String, SweepPlan> PLANS = new ConcurrentHashMap<>();

    private final String sweepFile;
    private final String sweepDirectory;

    PointTask(String sweepFile, String sweepDirectory) {
        this.sweepFile = sweepFile;
        this.sweepDirectory = sweepDirectory;
    }

    /** What a task sends back to the driver. */
    record Outcome(String point, String resultsJson, String failure) implements Serializable {
    }

    @Override
    public Outcome call(String point) {
        SweepPlan plan = PLANS.computeIfAbsent(sweepFile, f -> new SweepPlanner().plan(new SweepSpecReader().read(Path.of(f))));
        Path dir = Path.of(sweepDirectory);
        PointOutcome o = SweepPointRun.attempt(plan.point(point), dir);
        if (!o.succeeded()) {
            return new Outcome(point, null, o.failure());
        }
        try {
            Path results = SweepPointRun.directory(dir, plan.point(point)).resolve(OutputFiles.RESULTS_FILE);
            return new Outcome(point, Files.readString(results, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            return new Outcome(point, null, "results written but unreadable: " + e.getMessage());
        }
    }
}
