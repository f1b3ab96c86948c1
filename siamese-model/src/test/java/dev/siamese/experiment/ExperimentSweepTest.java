package dev.siamese.experiment;

import dev.siamese.OutputFiles;
import dev.siamese.spec.SweepSpecReader;
import dev.siamese.sweep.SweepJson;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPlanner;
import dev.siamese.sweep.SweepPoint;
import dev.siamese.sweep.SweepSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentSweepTest {
    private static final String EXPERIMENT = """
            {"schemaVersion": 1, "name": "tiny",
             "dataset": {"type": "stripes", "size": 16, "stripeWidth": 2, "scansPerFinger": 4},
             "pairs": {"strategy": "balanced"},
             "model": {"branch": [{"type": "flatten"}, {"type": "dense", "units": 4, "activation": "relu"}]},
             "training": {"epochs": 2, "batchSize": 8}}
            """;

    @TempDir
    Path dir;

    private SweepPlan plan() throws IOException {
        Files.writeString(dir.resolve("experiment.json"), EXPERIMENT);
        Path sweep = Files.writeString(dir.resolve("sweep.json"),
                "{\"schemaVersion\": 1, \"seeds\": 2, \"grid\": {\"model.margin\": [1.0, 0.5]}}");
        return new SweepPlanner().plan(new SweepSpecReader().read(sweep));
    }

    /** Runs in this JVM, counting which points it was asked to run; fails the named points once. */
    private static final class CountingExecutor implements SweepExecutor {
        final List<String> ran = new ArrayList<>();
        final Set<String> failOnce = new HashSet<>();

        @Override
        public List<PointOutcome> run(SweepPlan plan, List<SweepPoint> points, Path sweepDirectory) {
            List<PointOutcome> out = new ArrayList<>();
            for (SweepPoint p : points) {
                ran.add(p.name());
                out.add(failOnce.remove(p.name()) ? PointOutcome.failed(p.name(), "killed")
                        : SweepPointRun.attempt(p, sweepDirectory));
            }
            return out;
        }
    }

    @Test
    void runsEveryPointAggregatesAndResumesWithoutRerunning() throws IOException {
        SweepPlan plan = plan();
        Path out = dir.resolve("target");
        CountingExecutor first = new CountingExecutor();
        first.failOnce.add("0.5-seed-2");
        ExperimentSweep.Outcome o = new ExperimentSweep().run(plan, out, first);
        assertEquals(List.of("1.0-seed-1", "1.0-seed-2", "0.5-seed-1", "0.5-seed-2", "0.5-seed-2"), first.ran,
                "the failed point is retried once");
        assertEquals(List.of("0.5-seed-2"), List.copyOf(o.retried().keySet()));
        assertTrue(o.failed().isEmpty());
        for (SweepPoint p : plan.points()) {
            Path folder = out.resolve(OutputFiles.SWEEP_FOLDER).resolve(p.name());
            assertTrue(Files.isRegularFile(folder.resolve(OutputFiles.RESULTS_FILE)), folder.toString());
            assertTrue(Files.isRegularFile(folder.resolve(OutputFiles.MODEL_FILE)), folder.toString());
        }
        SweepSummary written = SweepJson.read(out.resolve(OutputFiles.SWEEP_FILE));
        assertEquals(o.summary(), written);
        assertEquals(2, written.points().size());
        assertEquals(2, written.point("0.5").orElseThrow().metrics().get("validation.loss").n());
        assertTrue(Files.readString(out.resolve(OutputFiles.SWEEP_HTML)).contains("<img"));
        assertTrue(Files.readString(out.resolve(OutputFiles.SWEEP_MARKDOWN)).contains("| 0.5 | validation.accuracy | 2 |"));

        // resume: a lost point runs again, the rest are up to date
        Files.delete(out.resolve(OutputFiles.SWEEP_FOLDER).resolve("1.0-seed-2").resolve(OutputFiles.RESULTS_FILE));
        CountingExecutor second = new CountingExecutor();
        ExperimentSweep.Outcome again = new ExperimentSweep().run(plan, out, second);
        assertEquals(List.of("1.0-seed-2"), second.ran);
        assertEquals(3, again.upToDate());
        assertEquals(o.summary(), again.summary(), "same points, same aggregates, bit for bit");
    }

    @Test
    void aPointFailingTwiceIsReportedAndLeftOutOfTheAggregates() throws IOException {
        SweepPlan plan = plan();
        SweepExecutor alwaysFailsOne = (p, points, d) -> points.stream().map(x -> x.name().equals("1.0-seed-1")
                ? PointOutcome.failed(x.name(), "boom") : SweepPointRun.attempt(x, d)).toList();
        ExperimentSweep.Outcome o = new ExperimentSweep().run(plan, dir.resolve("t"), alwaysFailsOne);
        assertEquals("boom", o.failed().get("1.0-seed-1"));
        assertEquals(List.of(1L), o.summary().point("1.0").orElseThrow().failed());
        assertEquals(1, o.summary().point("1.0").orElseThrow().metrics().get("validation.loss").n());
    }
}
