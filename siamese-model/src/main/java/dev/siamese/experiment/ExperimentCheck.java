package dev.siamese.experiment;

import dev.siamese.GateOutcome;
import dev.siamese.Line;
import dev.siamese.OutputFiles;
import dev.siamese.results.CheckReport;
import dev.siamese.results.ExpectationChecker;
import dev.siamese.results.ExpectationOutcome;
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
        List<ExpectationOutcome> outcomes = checker.checkEach(spec.expectations(), results);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.info("Wrote " + JUnitReport.write(outputDirectory, spec.name(), outcomes)));
        List<ExpectationOutcome> documenting = outcomes.stream().filter(ExpectationOutcome::metDocumentingFailure).toList();
        for (ExpectationOutcome o : documenting) {
            lines.add(Line.info("Expectation met, documenting a known failure (the failure is still there, the model does"
                    + " not work there): " + o.expectation().metric() + " " + Violation.fmt(o.actual()) + ", " + o.limits()
                    + (o.expectation().note().isEmpty() ? "" : " (" + o.expectation().note() + ")")));
        }
        String which = "(" + spec.name() + ")" + (documenting.isEmpty() || !report.passed() ? ""
                : "; " + documenting.size() + " document" + (documenting.size() == 1 ? "s" : "")
                + " a known failure, not a success");
        return gate(report, lines, which);
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
