package dev.siamese.maven.fork;

import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import dev.siamese.experiment.PointOutcome;
import dev.siamese.experiment.SweepExecutor;
import dev.siamese.experiment.SweepPointRun;
import dev.siamese.results.ResultsJson;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPoint;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The local sweep runner: a pool of {@code forks} forked JVMs ({@link ForkedRun}), each running one point at a
 * time with {@code OMP_NUM_THREADS} threads, so that forks × threads fill the cores without contending.
 */
public final class ForkedSweepExecutor implements SweepExecutor {
    private final Log log;
    private final List<File> classpath;
    private final List<String> jvmArgs;
    private final int forks;
    private final int threadsPerFork;

    public ForkedSweepExecutor(Log log, List<File> classpath, List<String> jvmArgs, int forks, int threadsPerFork) {
        this.log = log;
        this.classpath = classpath;
        this.jvmArgs = jvmArgs;
        this.forks = forks;
        this.threadsPerFork = threadsPerFork;
    }

    @Override
    public List<PointOutcome> run(SweepPlan plan, List<SweepPoint> points, Path sweepDirectory) {
        if (points.isEmpty()) {
            return List.of();
        }
        int pool = Math.min(forks, points.size());
        log.info("Running " + points.size() + " sweep point" + (points.size() == 1 ? "" : "s") + " in " + pool
                + " forked JVM" + (pool == 1 ? "" : "s") + " of " + threadsPerFork + " thread" + (threadsPerFork == 1 ? "" : "s"));
        ExecutorService executor = Executors.newFixedThreadPool(pool);
        try {
            List<Future<PointOutcome>> futures = new ArrayList<>();
            int[] done = {0};
            for (SweepPoint p : points) {
                futures.add(executor.submit(() -> {
                    long start = System.nanoTime();
                    PointOutcome o = runForked(plan, p, sweepDirectory);
                    synchronized (done) {
                        done[0]++;
                        log.info(String.format(Locale.ROOT, "Sweep point %d/%d %s: %s in %.1f s", done[0],
                                points.size(), p.name(), o.succeeded() ? "done" : "FAILED", (System.nanoTime() - start) / 1e9));
                    }
                    return o;
                }));
            }
            List<PointOutcome> out = new ArrayList<>();
            for (Future<PointOutcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the sweep", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sweep runner failed", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private PointOutcome runForked(SweepPlan plan, SweepPoint point, Path sweepDirectory) {
        try {
            new ForkedRun(log, classpath, jvmArgs, Map.of("OMP_NUM_THREADS", Integer.toString(threadsPerFork)), 0)
                    .run(ForkedMain.POINT_TASK, List.of(plan.spec().source().toString(), point.name(),
                            sweepDirectory.toString()), progress -> { });
            return PointOutcome.done(point.name(), ResultsJson.read(
                    SweepPointRun.directory(sweepDirectory, point).resolve(OutputFiles.RESULTS_FILE)));
        } catch (ExperimentException e) {
            return PointOutcome.failed(point.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PointOutcome.failed(point.name(), "interrupted");
        } catch (Exception e) {
            // a crashed JVM: its last lines go to the log, the outcome keeps the first line
            log.warn("Sweep point " + point.name() + ": " + e.getMessage());
            return PointOutcome.failed(point.name(), e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
