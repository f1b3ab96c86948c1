package dev.siamese.maven;

import dev.siamese.maven.fork.ForkClasspath;
import dev.siamese.maven.fork.ForkedRun;
import dev.siamese.model.NetworkProcess;
import dev.siamese.train.TrainingListener;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A goal that runs the network (train, evaluate): in a forked JVM by default, or inside Maven's. */
abstract class NetworkMojo extends SiameseMojo {

    /**
     * Run in a separate JVM (the default), as Surefire runs tests: native libraries stay out of Maven's JVM
     * and {@code jvmArgs} apply. {@code false} runs inside Maven's JVM, which saves the JVM start.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.fork", defaultValue = "true")
    protected boolean fork;

    /**
     * Arguments of the forked JVM, separated by spaces, e.g. {@code -Xmx4g -Dorg.bytedeco.javacpp.maxbytes=6G}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.jvmArgs")
    protected String jvmArgs;

    /**
     * OpenMP threads of the forked JVM ({@code OMP_NUM_THREADS}); unset: the backend's default (one per core).
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.threads")
    protected Integer threads;

    /**
     * Redo the work even when its outputs are up to date (made from this spec, data set and model by this
     * version); without it an up-to-date {@code train} or {@code evaluate} logs "up to date, skipped".
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.force", defaultValue = "false")
    protected boolean force;

    /**
     * Stop the forked JVM after this many seconds and fail the build, as Surefire's
     * {@code forkedProcessTimeoutInSeconds}; {@code 0}: no limit.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.forkedProcessTimeoutInSeconds", defaultValue = "0")
    private int forkedProcessTimeoutInSeconds;

    protected boolean interactive() {
        return session.getRequest().isInteractiveMode();
    }

    /**
     * Runs {@code task} forked, its lines relayed to {@code log}, or {@code inProcess} inside Maven's JVM when
     * {@code fork} is off.
     */
    protected void runNetworkTask(String task, TrainingListener listener, Log log, Runnable inProcess) {
        if (!fork) {
            // ND4J picks its class loader once; inside Maven it must be the plugin's.
            NetworkProcess.useClassLoaderOf(getClass());
            inProcess.run();
            return;
        }
        try {
            ForkedRun.of(log, classpath(), jvmArgs, threads, forkProperties(), forkedProcessTimeoutInSeconds)
                    .run(task, spec.toPath(), outputDirectory.toPath(), listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + task, e);
        }
    }

    /** What the forked JVM's class path holds (see {@link ForkClasspath}). */
    protected List<File> classpath() {
        return ForkClasspath.of(plugin.getPluginArtifact().getFile(), plugin.getArtifacts());
    }
}
