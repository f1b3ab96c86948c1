package dev.siamese.maven;

import dev.siamese.GateOutcome;
import dev.siamese.OutputFiles;
import dev.siamese.report.SweepComparison;
import dev.siamese.report.Comparison;
import dev.siamese.report.ResultsFinder;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

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
public class CompareMojo extends StandaloneMojo {
    static final String HALT_PROPERTY = "siamese.failOnRegression";

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
    @Parameter(property = HALT_PROPERTY, defaultValue = "false")
    private boolean failOnRegression;

    /**
     * How much worse than the baseline a metric may be before it counts as a regression (absolute).
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.tolerance", defaultValue = "0.0")
    private double tolerance;

    /**
     * A baseline sweep ({@code sweep.json}): compares the sweep in {@code outputDirectory} against it per grid point
     * and metric instead; a regression must be worse by more than {@code tolerance} and significant by Welch's
     * t-test (p &lt; 0.05).
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.sweep.baseline")
    private File sweepBaseline;

    @Override
    protected void run() {
        Path base = base();
        Path output = output(base);
        drawHeadless();
        GateOutcome outcome = sweepBaseline != null
                ? SweepComparison.run(output.resolve(OutputFiles.SWEEP_FILE), sweepBaseline.toPath(),
                ResultsFinder.split(metrics), tolerance)
                : new Comparison().run(base, results, baseline,
                new Comparison.Options(ResultsFinder.split(metrics), onlyChanged, tolerance), output).gate();
        BuildOutcome.conclude(getLog(), outcome, failOnRegression, HALT_PROPERTY);
    }
}
