package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import dev.siamese.report.SweepComparison;
import dev.siamese.report.SweepReport;
import dev.siamese.sweep.SweepJson;
import dev.siamese.report.Change;
import dev.siamese.report.Comparison;
import dev.siamese.report.ResultsFinder;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares experiments' {@code results.json} files: a console table (a row per experiment, the best value of
 * each column marked {@code *}), {@code compare.md} for a pull-request comment and a self-contained
 * {@code compare.html} with validation-loss and ROC overlays. Given a baseline, shows old, new and change
 * per metric (▲ better, ▼ worse, = same) and, with {@code failOnRegression}, fails the build on a metric
 * worse than the baseline by more than the tolerance.
 *
 * @since 0.1.0
 */
@Mojo(name = "compare", requiresProject = false, aggregator = true, threadSafe = true)
public class CompareMojo extends AbstractSiameseMojo {

    /**
     * Where to look for every {@code **}{@code /target/siamese/results.json} when {@code results} is not given;
     * default: the project folder, or the current folder without a project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.directory", defaultValue = "${project.basedir}")
    private File directory;

    /** Where Maven was started: the folder to search when there is no project. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    /**
     * Results files, folders or glob patterns, comma-separated, relative to {@code directory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.results")
    private String results;

    /**
     * Metric columns, comma-separated ({@code validation.accuracy,validation.eer}); default: validation accuracy, ROC AUC, EER, loss and train accuracy.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.metrics")
    private String metrics;

    /**
     * Drop the columns whose values are equal in every experiment.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.onlyChanged", defaultValue = "false")
    private boolean onlyChanged;

    /**
     * A baseline: a results.json, or a folder of experiments (matched by experiment name).
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.baseline")
    private String baseline;

    /**
     * Fail the build when a metric is worse than the baseline by more than {@code tolerance}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.failOnRegression", defaultValue = "false")
    private boolean failOnRegression;

    /**
     * How much worse than the baseline a metric may be before it counts as a regression (absolute).
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.tolerance", defaultValue = "0.0")
    private double tolerance;

    /**
     * Where {@code compare.md} and {@code compare.html} are written; default: {@code target/siamese} of the
     * project, or of the current folder without a project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.outputDirectory", defaultValue = "${project.build.directory}/siamese")
    private File outputDirectory;

    /**
     * A baseline sweep ({@code sweep.json}): compares the sweep in {@code outputDirectory} against it per grid point
     * and metric instead; a regression must be worse by more than {@code tolerance} and significant by Welch's
     * t-test (p &lt; 0.05).
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.sweep.baseline")
    private File sweepBaseline;

    private static boolean given(File f) {
        return f != null && !f.getPath().contains("${");
    }

    @Override
    protected void run() {
        // without a project (requiresProject = false) Maven has no basedir or build directory to give
        // (the expressions stay unresolved, "${project.basedir}")
        Path base = (given(directory) ? directory : given(executionRoot) ? executionRoot : new File("."))
                .toPath().toAbsolutePath().normalize();
        Path output = given(outputDirectory) ? outputDirectory.toPath() : base.resolve("target").resolve("siamese");
        if (sweepBaseline != null) {
            compareSweeps(output);
            return;
        }
        List<Path> files = ResultsFinder.find(base, ResultsFinder.split(results));
        List<Path> baselineFiles = baseline == null || baseline.isBlank() ? List.of()
                : ResultsFinder.find(base, ResultsFinder.split(baseline));
        getLog().info("Comparing " + files.size() + " experiment" + (files.size() == 1 ? "" : "s")
                + (baselineFiles.isEmpty() ? "" : " against " + baselineFiles.size() + " baseline result" + (baselineFiles.size() == 1 ? "" : "s")));
        drawHeadless();
        Comparison.Outcome outcome = new Comparison().run(files, baselineFiles,
                new Comparison.Options(ResultsFinder.split(metrics), onlyChanged, tolerance), output);
        outcome.console().forEach(getLog()::info);
        for (Change r : outcome.regressions()) {
            if (failOnRegression) {
                getLog().error("Regression: " + r.describe(tolerance));
            } else {
                getLog().warn("Regression: " + r.describe(tolerance));
            }
        }
        getLog().info("Wrote " + outcome.markdown() + " and " + outcome.html());
        if (outcome.summary().isPresent()) {
            if (failOnRegression && !outcome.regressions().isEmpty()) {
                throw new ExperimentException(outcome.summary().get());
            }
            getLog().info(outcome.summary().get());
        }
    }

    private void compareSweeps(Path output) {
        Path current = output.resolve(OutputFiles.SWEEP_FILE);
        List<SweepComparison.Row> rows = SweepComparison.compare(SweepJson.read(current),
                SweepJson.read(sweepBaseline.toPath()), metrics == null || metrics.isBlank()
                        ? SweepReport.METRICS : ResultsFinder.split(metrics));
        getLog().info("Comparing " + current + " against the baseline sweep " + sweepBaseline);
        SweepComparison.lines(rows, tolerance).forEach(getLog()::info);
        List<SweepComparison.Row> regressed = rows.stream().filter(r -> r.regressed(tolerance)).toList();
        for (SweepComparison.Row r : regressed) {
            String line = "Regression: " + r.describe(tolerance);
            if (failOnRegression) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        String summary = regressed.size() + " of " + rows.size() + " means regressed against the baseline sweep beyond"
                + " tolerance " + tolerance + " and the seeds' uncertainty (Welch p < " + SweepComparison.ALPHA + ")";
        if (failOnRegression && !regressed.isEmpty()) {
            throw new ExperimentException(summary);
        }
        getLog().info(summary);
    }
}
