package dev.siamese.experiment;

import dev.siamese.GateOutcome;
import dev.siamese.Line;
import dev.siamese.OutputFiles;
import dev.siamese.results.CheckReport;
import dev.siamese.results.ExpectationChecker;
import dev.siamese.results.JUnitReport;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.results.Violation;
import dev.siamese.spec.ExperimentSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an evaluated experiment's {@value OutputFiles#RESULTS_FILE} against its spec's expectations, as the build's
 * {@code check} does: refuses results of another spec, writes the outcomes as a JUnit XML report for CI dashboards
 * ({@link JUnitReport}), and returns one failure per missed limit and a summary.
 */
public final class ExperimentCheck {

    public GateOutcome run(ExperimentSpec spec, Path outputDirectory) {
        if (spec.expectations().isEmpty()) {
            return GateOutcome.ungated(List.of(Line.info("No expectations in " + spec.source() + ": nothing to check")));
        }
        Path resultsFile = outputDirectory.resolve(OutputFiles.RESULTS_FILE);
        Results results = ResultsJson.read(resultsFile);
        InputDigests.requireResultsOf(spec, results, resultsFile);
        ExpectationChecker checker = ExpectationChecker.readingBaselines();
        CheckReport report = checker.check(spec.expectations(), results);
        Path junit = JUnitReport.write(outputDirectory, spec.name(), checker.checkEach(spec.expectations(), results));
        return gate(report, List.of(Line.info("Wrote " + junit)), "(" + spec.name() + ")");
    }

    /** A check's gate: each missed limit a failure, the summary followed by {@code which}. */
    static GateOutcome gate(CheckReport report, List<Line> lines, String which) {
        List<String> failures = new ArrayList<>();
        for (Violation v : report.violations()) {
            failures.add("Expectation missed: " + v.describe());
        }
        return new GateOutcome(lines, failures, report.summary() + " " + which, null);
    }
}
