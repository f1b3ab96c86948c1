package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import dev.siamese.experiment.ExperimentSweep;
import dev.siamese.experiment.InProcessSweepExecutor;
import dev.siamese.experiment.SweepExecutor;
import dev.siamese.experiment.SweepExecutorProvider;
import dev.siamese.maven.fork.ForkedSweepExecutor;
import dev.siamese.model.NetworkProcess;
import dev.siamese.report.SweepReport;
import dev.siamese.results.CheckReport;
import dev.siamese.results.Violation;
import dev.siamese.spec.SweepSpec;
import dev.siamese.spec.SweepSpecReader;
import dev.siamese.sweep.AggregateChecker;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPlanner;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Runs the sweep of {@code sweep.json} (seeds × grid variants of the experiment), each point into
 * {@code target/siamese/sweep/<point>/}; points already up to date are not run again, a failed point is retried
 * once. Writes {@code sweep.json}, {@code sweep.md} and {@code sweep.html}, logs the aggregate table and checks
 * the sweep's expectations. Does nothing when there is no sweep file, so it can be bound in any experiment.
 *
 * @since 0.2.0
 */
@Mojo(name = "sweep", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class SweepMojo extends NetworkMojo {

    /**
     * The sweep spec; absent: nothing to do.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.sweep.spec", defaultValue = "${project.basedir}/" + SweepSpec.FILE_NAME)
    private File sweep;

    /**
     * How many forked JVMs run points side by side; 0: one per core (at most one per point). Threads per fork
     * default to cores / forks ({@code threads} overrides).
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.sweep.forks", defaultValue = "0")
    private int forks;

    /**
     * Run the points on Apache Spark instead: a master URL ({@code local[2]}, {@code spark://host:7077}); one
     * task per point. Needs {@code dev.siamese:siamese-spark} and Spark among the plugin's dependencies.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.spark.master")
    private String sparkMaster;

    /**
     * Report missed aggregate expectations without failing the build.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.check.haltOnFailure", defaultValue = "true")
    private boolean haltOnFailure;

    @Override
    protected void run() {
        if (!sweep.isFile()) {
            getLog().info("No sweep file " + sweep + ": nothing to sweep");
            return;
        }
        drawHeadless();
        SweepPlan plan = new SweepPlanner().plan(new SweepSpecReader().read(sweep.toPath()));
        getLog().info("Sweep of " + plan.experiment() + ": " + plan.spec().variants().size() + " grid point"
                + (plan.spec().variants().size() == 1 ? "" : "s") + " × " + plan.spec().seeds().size() + " seeds = "
                + plan.points().size() + " runs");
        Path out = outputDirectory.toPath();
        ExperimentSweep.Outcome outcome = new ExperimentSweep().run(plan, out, executor());
        new SweepReport(outcome.summary()).lines().forEach(getLog()::info);
        getLog().info("Wrote " + out.resolve(OutputFiles.SWEEP_FILE) + ", sweep.md and sweep.html"
                + (outcome.upToDate() == 0 ? "" : "; " + outcome.upToDate() + " points were up to date"));
        outcome.retried().forEach((p, why) -> getLog().warn("Sweep point " + p + " failed once and was retried: " + why));
        CheckReport report = AggregateChecker.check(plan.spec().expectations(), outcome.summary());
        for (Violation v : report.violations()) {
            getLog().error("Expectation missed: " + v.describe());
        }
        if (!outcome.failed().isEmpty()) {
            throw new ExperimentException(outcome.failed().size() + " sweep point" + (outcome.failed().size() == 1 ? "" : "s")
                    + " failed twice: " + String.join("; ", outcome.failed().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        }
        if (plan.spec().expectations().isEmpty()) {
            return;
        }
        if (report.passed()) {
            getLog().info(report.summary() + " (sweep of " + plan.experiment() + ")");
        } else if (haltOnFailure) {
            throw new ExperimentException(report.summary() + " (sweep of " + plan.experiment() + ")");
        } else {
            getLog().warn(report.summary() + " (sweep of " + plan.experiment() + "); not failing: siamese.check.haltOnFailure=false");
        }
    }

    private SweepExecutor executor() {
        if (sparkMaster != null && !sparkMaster.isBlank()) {
            NetworkProcess.useClassLoaderOf(getClass());
            for (SweepExecutorProvider provider : ServiceLoader.load(SweepExecutorProvider.class, getClass().getClassLoader())) {
                var executor = provider.forMaster(sparkMaster);
                if (executor.isPresent()) {
                    getLog().info("Running the sweep on Spark, master " + sparkMaster);
                    return executor.get();
                }
            }
            throw new ExperimentException("siamese.spark.master is " + sparkMaster + " but no Spark runner is on the plugin's"
                    + " class path: add dev.siamese:siamese-spark and org.apache.spark:spark-core_2.13 to the plugin's dependencies");
        }
        if (!isFork()) {
            NetworkProcess.useClassLoaderOf(getClass());
            return new InProcessSweepExecutor();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int pool = forks > 0 ? forks : cores;
        int threadsPerFork = threads() != null ? threads() : Math.max(1, cores / pool);
        return new ForkedSweepExecutor(getLog(), classpath(), splitArgs(jvmArgs()), pool, threadsPerFork);
    }

    @Override
    protected boolean startsTheExperiment() {
        return true;
    }
}
