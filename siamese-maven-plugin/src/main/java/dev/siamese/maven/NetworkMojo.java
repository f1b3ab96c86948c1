package dev.siamese.maven;

import dev.siamese.maven.fork.ForkedRun;
import dev.siamese.train.TrainingListener;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.nd4j.common.config.ND4JClassLoading;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A goal that runs the network (train, evaluate): in a forked JVM by default, or inside Maven's. */
abstract class NetworkMojo extends SiameseMojo {

    /**
     * Run in a separate JVM (the default), as Surefire runs tests: native libraries stay out of Maven's JVM
     * and {@code jvmArgs} apply. {@code false} runs inside Maven's JVM, which saves the JVM start.
     */
    @Parameter(property = "siamese.fork", defaultValue = "true")
    private boolean fork;

    /** Arguments of the forked JVM, separated by spaces, e.g. {@code -Xmx4g -Dorg.bytedeco.javacpp.maxbytes=6G}. */
    @Parameter(property = "siamese.jvmArgs")
    private String jvmArgs;

    /** OpenMP threads of the forked JVM ({@code OMP_NUM_THREADS}); unset: the backend's default (one per core). */
    @Parameter(property = "siamese.threads")
    private Integer threads;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    protected boolean isFork() {
        return fork;
    }

    protected String jvmArgs() {
        return jvmArgs;
    }

    protected Integer threads() {
        return threads;
    }

    protected boolean interactive() {
        return session.getRequest().isInteractiveMode();
    }

    /** Runs {@code task} forked, or {@code inProcess} inside Maven's JVM when {@code fork} is off. */
    protected void runNetworkTask(String task, TrainingListener listener, Runnable inProcess) {
        if (!fork) {
            // ND4J picks its class loader once; inside Maven it must be the plugin's.
            ND4JClassLoading.setNd4jClassloaderFromClass(getClass());
            inProcess.run();
            return;
        }
        Map<String, String> env = new HashMap<>();
        if (threads != null) {
            env.put("OMP_NUM_THREADS", threads.toString());
        }
        try {
            new ForkedRun(getLog(), classpath(), splitArgs(jvmArgs), env)
                    .run(task, spec.toPath(), outputDirectory.toPath(), listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + task, e);
        }
    }

    /** The plugin's own jar and its dependencies: the forked JVM's class path. */
    protected List<File> classpath() {
        List<File> files = new ArrayList<>();
        files.add(plugin.getPluginArtifact().getFile());
        for (Artifact a : plugin.getArtifacts()) {
            if (a.getFile() != null) {
                files.add(a.getFile());
            }
        }
        return files;
    }

    static List<String> splitArgs(String args) {
        return args == null || args.isBlank() ? List.of() : Arrays.asList(args.trim().split("\\s+"));
    }
}
