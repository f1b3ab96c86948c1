package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.experiment.ExperimentSweep;
import dev.siamese.experiment.InProcessSweepExecutor;
import dev.siamese.experiment.SweepExecutor;
import dev.siamese.experiment.SweepExecutorProvider;
import dev.siamese.maven.fork.ForkedRun;
import dev.siamese.maven.fork.ForkedSweepExecutor;
import dev.siamese.model.NetworkProcess;
import dev.siamese.spec.SweepSpec;
import dev.siamese.spec.SweepSpecReader;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPlanner;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

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
    @Parameter(property = CheckMojo.HALT_PROPERTY, defaultValue = "true")
    private boolean haltOnFailure;

    @Override
    protected void run() {
        if (!sweep.isFile()) {
            getLog().info("No sweep file " + sweep + ": nothing to sweep");
            return;
        }
        drawHeadless();
        SweepPlan plan = new SweepPlanner().plan(new SweepSpecReader().read(sweep.toPath()));
        getLog().info(plan.describe());
        Path out = outputDirectory.toPath();
        BuildOutcome.conclude(getLog(), new ExperimentSweep().run(plan, out, executor()).gate(plan, out), haltOnFailure,
                CheckMojo.HALT_PROPERTY);
    }

    private SweepExecutor executor() {
        if (sparkMaster != null && !sparkMaster.isBlank()) {
            NetworkProcess.useClassLoaderOf(getClass());
            SweepExecutor spark = SweepExecutorProvider.find(sparkMaster, getClass().getClassLoader()).orElseThrow(() ->
                    new ExperimentException("siamese.spark.master is " + sparkMaster + " but no Spark runner is on the"
                            + " plugin's class path: add dev.siamese:siamese-spark and org.apache.spark:spark-core_2.13"
                            + " to the plugin's dependencies"));
            getLog().info("Running the sweep on Spark, master " + sparkMaster);
            return spark;
        }
        if (!fork) {
            NetworkProcess.useClassLoaderOf(getClass());
            return new InProcessSweepExecutor();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int pool = forks > 0 ? forks : cores;
        int threadsPerFork = threads != null ? threads : Math.max(1, cores / pool);
        return new ForkedSweepExecutor(getLog(), classpath(), ForkedRun.splitArgs(jvmArgs), pool, threadsPerFork);
    }
}
