package dev.siamese.maven.fork;

import dev.siamese.OutputFiles;
import dev.siamese.spec.SweepSpecReader;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPlanner;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every forked JVM stops with the build that started it, in every mode: {@code kill -9} of the build during a
 * sweep (the case that once left a point's JVM writing model.zip and results.json into a dead build's folder)
 * leaves no JVM behind and nothing written after it.
 */
class ForkOutlivesNoBuildTest {
    @TempDir
    Path dir;

    /** Stands in for Maven running {@code siamese:sweep}: the local runner, one fork at a time. */
    public static final class SweepingBuild {
        public static void main(String[] args) {
            SweepPlan plan = new SweepPlanner().plan(new SweepSpecReader().read(Path.of(args[0])));
            List<File> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(File::new).toList();
            new ForkedSweepExecutor(new SystemStreamLog(), classpath, List.of(), 1, 1)
                    .run(plan, plan.points(), Path.of(args[1]));
        }
    }

    @Test
    void killingTheBuildDuringASweepLeavesNoJvm() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("experiment.json"), """
                {"schemaVersion": 1, "name": "long",
                 "dataset": {"type": "stripes", "size": 16, "stripeWidth": 2, "scansPerFinger": 4},
                 "split": {"validationFraction": 0.5}, "pairs": {"strategy": "balanced"},
                 "model": {"branch": "dense-1"}, "training": {"epochs": 100000, "batchSize": 8}}""");
        Path sweep = Files.writeString(dir.resolve("sweep.json"), "{\"schemaVersion\": 1, \"seeds\": 1}");
        Path sweepFolder = dir.resolve("target/siamese/sweep");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SweepingBuild.class.getName(), sweep.toString(),
                sweepFolder.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile())
                .start();
        List<ProcessHandle> forks = List.of();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!trainingStarted(sweepFolder) && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            assertTrue(trainingStarted(sweepFolder), "the point never started training: "
                    + Files.readString(dir.resolve("build.log")));
            forks = build.descendants().toList();
            assertFalse(forks.isEmpty(), "the sweep point runs in a forked JVM");
            build.destroyForcibly(); // kill -9: no shutdown hook runs
            assertTrue(build.waitFor(10, TimeUnit.SECONDS));
            for (ProcessHandle fork : forks) {
                try {
                    fork.onExit().get(15, TimeUnit.SECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    fail("fork " + fork.pid() + " outlived the build by 15 s");
                }
            }
            assertEquals(List.of(), written(sweepFolder), "the dead build's point wrote model or results");
        } finally {
            build.destroyForcibly();
            forks.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Training began: the point's data set is there (the fork generated it). */
    private static boolean trainingStarted(Path sweepFolder) throws IOException {
        if (!Files.isDirectory(sweepFolder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(sweepFolder)) {
            return files.anyMatch(p -> p.getFileName().toString().equals(OutputFiles.PAIRS));
        }
    }

    private static List<Path> written(Path sweepFolder) throws IOException {
        try (Stream<Path> files = Files.walk(sweepFolder)) {
            return files.filter(p -> p.getFileName().toString().equals(OutputFiles.MODEL_FILE)
                    || p.getFileName().toString().equals(OutputFiles.RESULTS_FILE)).toList();
        }
    }
}
