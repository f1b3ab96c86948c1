package dev.siamese.maven.fork;

import dev.siamese.ExperimentException;
import dev.siamese.train.TrainingListener;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forked run past forkedProcessTimeoutInSeconds is stopped and fails the build with one line. */
class ForkedRunTimeoutTest {
    @TempDir
    Path dir;

    @Test
    void aForkPastItsTimeoutIsStopped() throws IOException {
        Path spec = Files.writeString(dir.resolve("experiment.json"), """
                {"schemaVersion": 1, "name": "endless", "dataset": {"type": "stripes", "size": 16, "stripeWidth": 4,
                 "scansPerFinger": 4}, "model": {"branch": "dense-1"}, "training": {"epochs": 1000000}}""");
        List<File> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new).toList();
        long start = System.nanoTime();
        ExperimentException e = assertThrows(ExperimentException.class, () ->
                new ForkedRun(new SystemStreamLog(), classpath, List.of(), Map.of(), 2)
                        .run("train", spec, dir.resolve("target/siamese"), TrainingListener.NONE));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().contains("ran longer than forkedProcessTimeoutInSeconds (2 s) and was stopped"),
                e.getMessage());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
    }
}
