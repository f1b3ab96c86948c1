package dev.siamese.spark;

import dev.siamese.AtomicWrite;
import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import dev.siamese.experiment.PointOutcome;
import dev.siamese.experiment.SweepExecutor;
import dev.siamese.experiment.SweepPointRun;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPoint;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a sweep's points on Apache Spark: one task per point, each running {@link SweepPointRun} on an executor
 * and sending the point's {@code results.json} back to the driver, which writes it into the point's folder there
 * (so resuming works from the driver's side, also when executors have disks of their own). The sweep file must
 * be readable at the same path on every executor (a shared disk, or {@code local[N]}).
 */
public final class SparkSweepExecutor implements SweepExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(SparkSweepExecutor.class);

    private final String master;

    public SparkSweepExecutor(String master) {
        this.master = master;
    }

    @Override
    public List<PointOutcome> run(SweepPlan plan, List<SweepPoint> points, Path sweepDirectory) {
        if (points.isEmpty()) {
            return List.of();
        }
        SparkConf conf = new SparkConf().setAppName("siamese sweep of " + plan.experiment())
                .setIfMissing("spark.master", master)
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.log.level", "WARN") // its INFO lines would flood the build log
                // one point per task, and a failing point is an outcome, not a task to retry (the sweep retries once)
                .setIfMissing("spark.task.maxFailures", "1");
        conf.setMaster(master);
        List<String> names = points.stream().map(SweepPoint::name).toList();
        LOG.info("Running {} sweep points as Spark tasks on {}", names.size(), master);
        List<PointTask.Outcome> outcomes;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            outcomes = spark.parallelize(names, names.size())
                    .map(new PointTask(plan.spec().source().toString(), sweepDirectory.toString()))
                    .collect();
        }
        List<PointOutcome> out = new ArrayList<>();
        for (PointTask.Outcome o : outcomes) {
            out.add(o.failure() != null ? PointOutcome.failed(o.point(), o.failure())
                    : PointOutcome.done(o.point(), store(plan.point(o.point()), o.resultsJson(), sweepDirectory)));
        }
        return out;
    }

    /** Writes the results an executor sent into the point's folder on the driver, unless it holds them already. */
    private static Results store(SweepPoint point, String json, Path sweepDirectory) {
        Path file = SweepPointRun.directory(sweepDirectory, point).resolve(OutputFiles.RESULTS_FILE);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try {
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
                AtomicWrite.write(file, tmp -> Files.write(tmp, bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            return ResultsJson.read(file);
        } catch (ExperimentException e) {
            throw new IllegalStateException("results sent back for " + point.name() + " do not read back", e);
        }
    }
}
