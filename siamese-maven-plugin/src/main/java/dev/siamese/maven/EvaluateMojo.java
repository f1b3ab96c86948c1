package dev.siamese.maven;

import dev.siamese.OutputFiles;
import dev.siamese.experiment.ExperimentEvaluation;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.train.TrainingListener;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Evaluates the trained network on the training and validation pairs and writes
 * {@code target/siamese/results.json}: metrics (loss, accuracy, ROC AUC, EER, best accuracy, distance
 * summaries) with the spec, data set, environment, history and model hash that made them, and
 * {@code target/siamese/report.html}: curves, ROC, distance histograms and sample pairs, readable offline.
 * Refuses a model or data set that is not this spec's; skips the scoring when results.json is up to date
 * (same spec, model and version), unless {@code force}. The scoring runs in a forked JVM by default; the report and
 * the lines logged are the library's ({@link ExperimentEvaluation#report}).
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
        FittingLog log = new FittingLog(getLog());
        if (!force && evaluation.upToDate(experiment, out)) {
            log.info("Evaluation of " + experiment.name() + " up to date, skipped: "
                    + out.resolve(OutputFiles.RESULTS_FILE) + " matches this spec and model (-Dsiamese.force=true "
                    + "evaluates again)");
        } else {
            runNetworkTask("evaluate", TrainingListener.NONE, log, () -> evaluation.score(experiment, out));
        }
        drawHeadless();
        BuildOutcome.logProse(log, evaluation.report(experiment, out));
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
}
