package dev.siamese.maven;

import dev.siamese.OutputFiles;
import java.nio.file.Path;

import dev.siamese.ExperimentException;
import dev.siamese.results.CheckReport;
import dev.siamese.experiment.InputDigests;
import dev.siamese.results.ExpectationChecker;
import dev.siamese.results.JUnitReport;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.results.Violation;
import dev.siamese.spec.ExperimentSpec;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when {@code results.json} misses the spec's expectations, as jacoco's check goal does
 * for coverage: one log line per missed limit (metric, actual, expected limit, by how much), then a
 * one-line failure. All met: one line saying so. Also writes the outcomes as a JUnit XML report,
 * {@code target/siamese/TEST-siamese-expectations.xml}, one test case per expectation, for CI dashboards.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends SiameseMojo {

    /**
     * Whether missed expectations fail the build ({@code true}, the default); {@code false} reports them as
     * errors in the log and lets the build go on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.check.haltOnFailure", defaultValue = "true")
    private boolean haltOnFailure;

    @Override
    protected void run() {
        ExperimentSpec experiment = readSpec();
        if (experiment.expectations().isEmpty()) {
            getLog().info("No expectations in " + spec + ": nothing to check");
            return;
        }
        Path resultsFile = outputDirectory.toPath().resolve(OutputFiles.RESULTS_FILE);
        Results results = ResultsJson.read(resultsFile);
        InputDigests.requireResultsOf(experiment, results, resultsFile);
        ExpectationChecker checker = ExpectationChecker.readingBaselines();
        CheckReport report = checker.check(experiment.expectations(), results);
        getLog().info("Wrote " + JUnitReport.write(outputDirectory.toPath(), experiment.name(),
                checker.checkEach(experiment.expectations(), results)));
        for (Violation v : report.violations()) {
            getLog().error("Expectation missed: " + v.describe());
        }
        if (report.passed()) {
            getLog().info(report.summary() + " (" + experiment.name() + ")");
        } else if (haltOnFailure) {
            throw new ExperimentException(report.summary() + " (" + experiment.name() + ")");
        } else {
            getLog().warn(report.summary() + " (" + experiment.name() + "); not failing: siamese.check.haltOnFailure=false");
        }
    }
}
