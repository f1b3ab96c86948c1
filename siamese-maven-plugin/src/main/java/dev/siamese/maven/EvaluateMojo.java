package dev.siamese.maven;

import dev.siamese.OutputFiles;

import dev.siamese.diagnostics.Verdict;
import dev.siamese.eval.PairMetrics;
import dev.siamese.report.ExperimentReport;
import dev.siamese.experiment.ExperimentEvaluation;
import dev.siamese.results.Assessment;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.train.TrainingListener;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the trained network on the training and validation pairs and writes
 * {@code target/siamese/results.json}: metrics (loss, accuracy, ROC AUC, EER, best accuracy, distance
 * summaries) with the spec, data set, environment, history and model hash that made them, and
 * {@code target/siamese/report.html}: curves, ROC, distance histograms and sample pairs, readable offline.
 * Refuses a model or data set that is not this spec's; skips the scoring when results.json is up to date
 * (same spec, model and version), unless {@code force}.
 *
 * @since 0.1.0
 */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class EvaluateMojo extends NetworkMojo {

    @Override
    protected void run() {
        ExperimentSpec experiment = readSpec();
        Path out = outputDirectory.toPath();
        ExperimentEvaluation evaluation = new ExperimentEvaluation();
        Path file = out.resolve(OutputFiles.RESULTS_FILE);
        FittingLog log = new FittingLog(getLog());
        if (!force && evaluation.upToDate(experiment, out)) {
            log.info("Evaluation of " + experiment.name() + " up to date, skipped: " + file
                    + " matches this spec and model (-Dsiamese.force=true evaluates again)");
        } else {
            runNetworkTask("evaluate", TrainingListener.NONE, log, () -> evaluation.run(experiment, out));
        }
        Results results = ResultsJson.read(file);
        log.info("Train:      " + line(results.metrics().train()));
        log.info("Validation: " + line(results.metrics().validation()));
        logAssessment(log, Assessment.of(results));
        log.info("Wrote " + file);
        drawHeadless();
        log.info("Wrote " + new ExperimentReport().write(out, experiment.expectations()));
        attachModel(out);
    }

    /**
     * Attach the trained model to the project's artifact, so that {@code mvn install} / {@code deploy} share it:
     * {@code model.zip} (classifier {@code model}), {@code matcher.json} ({@code matcher}) and
     * {@code results.json} ({@code results}); used by {@code -Dsiamese.model=groupId:artifactId:version}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.attach", defaultValue = "true")
    private boolean attach;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    private void attachModel(Path out) {
        if (!attach || project == null) {
            return;
        }
        attachIfPresent(out.resolve(OutputFiles.MODEL_FILE), ModelArtifacts.MODEL_TYPE, ModelArtifacts.MODEL_CLASSIFIER);
        attachIfPresent(out.resolve(OutputFiles.MATCHER_FILE), ModelArtifacts.JSON_TYPE, ModelArtifacts.MATCHER_CLASSIFIER);
        attachIfPresent(out.resolve(OutputFiles.RESULTS_FILE), ModelArtifacts.JSON_TYPE, ModelArtifacts.RESULTS_CLASSIFIER);
    }

    private void attachIfPresent(Path file, String type, String classifier) {
        if (Files.isRegularFile(file)) {
            projectHelper.attachArtifact(project, type, classifier, file.toFile());
        }
    }

    /**
     * The headline first (a warning when the run fails or a verdict warns), then each verdict that warns or informs
     * with its figures, then the names of those not triggered (their figures are in report.html and results.json).
     */
    static void logAssessment(FittingLog log, Assessment assessment) {
        if (assessment.warns()) {
            log.warnFitted("Assessment: " + assessment.headline());
        } else {
            log.info("Assessment: " + assessment.headline());
        }
        for (Verdict v : assessment.verdicts()) {
            if (v.warns()) {
                log.warnFitted("Verdict: " + v.name() + ": " + v.state() + "; " + v.explanation());
            } else if (v.informs()) {
                log.info("Verdict: " + v.name() + ": " + v.state() + "; " + v.explanation());
            }
        }
        List<String> clear = assessment.verdicts().stream().filter(v -> !v.triggered()).map(Verdict::name).toList();
        if (!clear.isEmpty()) {
            log.info("Not triggered: " + String.join(", ", clear) + " (figures in report.html)");
        }
    }

    static String line(PairMetrics m) {
        return String.format(Locale.ROOT, "%d pairs (%d genuine), loss %s, accuracy %s at threshold %s, ROC AUC %s,"
                        + " EER %s, FMR100 %s, FMR1000 %s, ZeroFMR %s, best accuracy %s",
                m.pairs(), m.genuinePairs(), fmt(m.loss()), fmt(m.accuracy()), fmt(m.threshold()), fmt(m.rocAuc()),
                fmt(m.eer()), fmt(m.fmr100()), fmt(m.fmr1000()), fmt(m.zeroFmr()), fmt(m.bestAccuracy()));
    }

    private static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
    }
}
