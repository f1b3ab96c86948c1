package dev.siamese.experiment;

import dev.siamese.OutputFiles;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two builds of one experiment at once (an IDE's and a terminal's {@code mvn verify -Dsiamese.force=true}), many
 * times: each runs train, evaluate and check as the goals do, each goal holding the output folder's lock. Both
 * succeed every time, their check reads results of this spec, and the builds did meet (one said it waited).
 * {@code -Dsiamese.concurrentBuilds=50} runs more rounds than CI's.
 */
class ConcurrentBuildsTest {
    private static final int ROUNDS = Integer.getInteger("siamese.concurrentBuilds", 6);

    @TempDir
    Path dir;

    @Test
    void twoBuildsInOneFolderBothSucceedOrOneWaits() throws Exception {
        Path file = Files.writeString(dir.resolve("experiment.json"), """
                {"schemaVersion": 1, "name": "twice", "dataset": {"type": "stripes", "size": 16, "stripeWidth": 4,
                 "scansPerFinger": 3}, "model": {"branch": "dense-1"}, "training": {"epochs": 1, "batchSize": 8}}""");
        ExperimentSpec spec = new ExperimentSpecReader().read(file);
        Path out = dir.resolve("target/siamese");
        AtomicInteger waited = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService builds = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<Results>> both = new ArrayList<>();
                for (int b = 0; b < 2; b++) {
                    both.add(builds.submit(build(spec, out, together, waited)));
                }
                for (Future<Results> f : both) {
                    Results r = f.get(5, TimeUnit.MINUTES); // a failed build throws here, failing the test
                    assertEquals("twice", r.experiment());
                }
            }
        } finally {
            builds.shutdownNow();
        }
        assertTrue(waited.get() > 0, "the builds never met, so nothing was tested");
    }

    /** One {@code mvn verify -Dsiamese.force=true}: its goals one after the other, each under the folder's lock. */
    private static Callable<Results> build(ExperimentSpec spec, Path out, CyclicBarrier together, AtomicInteger waited) {
        return () -> {
            together.await(1, TimeUnit.MINUTES);
            try (OutputFolderLock lock = goal(out, "siamese:train", waited)) {
                new ExperimentTraining().run(spec, out, TrainingListener.NONE);
            }
            try (OutputFolderLock lock = goal(out, "siamese:evaluate", waited)) {
                new ExperimentEvaluation().run(spec, out);
            }
            try (OutputFolderLock lock = goal(out, "siamese:check", waited)) {
                Path results = out.resolve(OutputFiles.RESULTS_FILE);
                Results r = ResultsJson.read(results);
                InputDigests.requireResultsOf(spec, r, results);
                return r;
            }
        };
    }

    private static OutputFolderLock goal(Path out, String name, AtomicInteger waited) {
        return OutputFolderLock.acquire(out, name, Duration.ofMinutes(5), line -> waited.incrementAndGet());
    }
}
