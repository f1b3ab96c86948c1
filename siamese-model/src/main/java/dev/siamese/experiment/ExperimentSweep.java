package dev.siamese.experiment;

import dev.siamese.ExperimentException;
import dev.siamese.GateOutcome;
import dev.siamese.Line;
import dev.siamese.OutputFiles;
import dev.siamese.report.SweepReport;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.sweep.AggregateChecker;
import dev.siamese.sweep.SweepAggregator;
import dev.siamese.sweep.SweepJson;
import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPoint;
import dev.siamese.sweep.SweepSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a sweep: skips the points whose {@code results.json} is up to date (same resolved spec, so a crashed
 * sweep resumes where it stopped), runs the rest with the given {@link SweepExecutor}, retries each failed point
 * once, then aggregates over seeds and writes {@code sweep.json}, {@code sweep.md} and {@code sweep.html}. Points
 * that failed twice are left out of the aggregates and reported.
 */
public final class ExperimentSweep {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentSweep.class);

    /**
     * What a sweep did.
     *
     * @param summary  the aggregates written to {@code sweep.json}
     * @param upToDate how many points were up to date and not run again
     * @param retried  the points that failed once, with the first failure
     * @param failed   the points that failed twice, with the last failure
     */
    public record Outcome(SweepSummary summary, int upToDate, Map<String, String> retried, Map<String, String> failed) {

        /**
         * What the build tells of the sweep: the aggregate table, the files written, the points retried; a failure
         * per missed aggregate expectation; the points that failed twice as an error.
         */
        public GateOutcome gate(SweepPlan plan, Path outputDirectory) {
            List<Line> lines = new ArrayList<>();
            new SweepReport(summary).lines().forEach(l -> lines.add(Line.info(l)));
            lines.add(Line.info("Wrote " + outputDirectory.resolve(OutputFiles.SWEEP_FILE) + ", sweep.md and sweep.html"
                    + (upToDate == 0 ? "" : "; " + upToDate + " points were up to date")));
            retried.forEach((p, why) -> lines.add(Line.warn("Sweep point " + p + " failed once and was retried: " + why)));
            String error = failed.isEmpty() ? null : failed.size() + " sweep point" + (failed.size() == 1 ? "" : "s")
                    + " failed twice: " + String.join("; ", failed.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
            if (plan.spec().expectations().isEmpty()) {
                return new GateOutcome(lines, List.of(), null, error);
            }
            GateOutcome checked = ExperimentCheck.gate(AggregateChecker.check(plan.spec().expectations(), summary),
                    lines, "(sweep of " + plan.experiment() + ")");
            return new GateOutcome(checked.lines(), checked.failures(), checked.summary(), error);
        }
    }

    public Outcome run(SweepPlan plan, Path outputDirectory, SweepExecutor executor) {
        Path sweepDirectory = outputDirectory.resolve(OutputFiles.SWEEP_FOLDER);
        Map<String, Results> results = new LinkedHashMap<>();
        List<SweepPoint> pending = new ArrayList<>();
        for (SweepPoint p : plan.points()) {
            upToDate(p, sweepDirectory).ifPresentOrElse(r -> results.put(p.name(), r), () -> pending.add(p));
        }
        int upToDate = results.size();
        if (upToDate > 0) {
            LOG.info("{} of {} sweep points up to date, not run again", upToDate, plan.points().size());
        }
        Map<String, String> retried = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<SweepPoint> again = new ArrayList<>();
        for (PointOutcome o : executor.run(plan, pending, sweepDirectory)) {
            if (o.succeeded()) {
                results.put(o.point(), o.results());
            } else {
                LOG.warn("Sweep point {} failed, retrying once: {}", o.point(), o.failure());
                retried.put(o.point(), o.failure());
                again.add(plan.point(o.point()));
            }
        }
        if (!again.isEmpty()) {
            for (PointOutcome o : executor.run(plan, again, sweepDirectory)) {
                if (o.succeeded()) {
                    LOG.info("Sweep point {} succeeded on retry", o.point());
                    results.put(o.point(), o.results());
                } else {
                    LOG.error("Sweep point {} failed again: {}", o.point(), o.failure());
                    failed.put(o.point(), o.failure());
                }
            }
        }
        SweepSummary summary = SweepAggregator.aggregate(plan, results);
        write(summary, outputDirectory);
        return new Outcome(summary, upToDate, retried, failed);
    }

    /** The point's results when its folder holds results of exactly this point's resolved spec. */
    static Optional<Results> upToDate(SweepPoint point, Path sweepDirectory) {
        Path file = SweepPointRun.directory(sweepDirectory, point).resolve(OutputFiles.RESULTS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Results r = ResultsJson.read(file);
            String wanted = InputDigests.specSha256(point.spec());
            return wanted.equals(r.specSha256()) ? Optional.of(r) : Optional.empty();
        } catch (ExperimentException unreadable) {
            return Optional.empty(); // run it again
        }
    }

    private static void write(SweepSummary summary, Path outputDirectory) {
        Path file = outputDirectory.resolve(OutputFiles.SWEEP_FILE);
        try {
            SweepJson.write(file, summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        new SweepReport(summary).write(outputDirectory);
    }
}
