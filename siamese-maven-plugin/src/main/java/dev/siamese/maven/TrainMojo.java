package dev.siamese.maven;

import dev.siamese.OutputFiles;

import dev.siamese.spec.ExperimentSpec;
import dev.siamese.experiment.ExperimentTraining;
import dev.siamese.history.History;
import dev.siamese.history.HistoryJson;
import dev.siamese.spec.ModelSpec;
import dev.siamese.train.TrainingListener;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains the experiment's Siamese network: generates the data set if missing, trains with progress
 * per epoch, and writes {@code target/siamese/model.zip} and {@code target/siamese/history.json}.
 * Runs in a forked JVM by default. Skipped when the outputs are up to date (same spec sections, data set and
 * version), unless {@code force}.
 * Runs in a forked JVM by default.
 *
 * @since 0.1.0
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class TrainMojo extends NetworkMojo {

    /** Named apart from NetworkMojo's session: Maven injects parameters by field name. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession buildSession;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Component
    private RepositorySystem repositorySystem;

    @Override
    protected void run() {
        ExperimentSpec experiment = readSpec();
        Path out = outputDirectory.toPath();
        if (experiment.model().usesPretrained()) {
            // nothing to train: the model (by path or Maven coordinates) is copied into place, without ND4J
            Path model = new ModelArtifacts(repositorySystem, buildSession.getRepositorySession(),
                    project == null ? List.of() : project.getRemoteProjectRepositories())
                    .locate(experiment.model().from(), experiment.source().toAbsolutePath().getParent());
            new ExperimentTraining().run(experiment, out, TrainingListener.NONE, model);
            getLog().info((experiment.model().type() == ModelSpec.ModelType.FUSION ? "Fusion " : "Pretrained ")
                    + experiment.name() + ": no training; " + experiment.model().from()
                    + " copied to " + out.resolve(OutputFiles.MODEL_FILE));
            return;
        }
        ExperimentTraining training = new ExperimentTraining();
        if (!force && training.upToDate(experiment, out)) {
            getLog().info("Training of " + experiment.name() + " up to date, skipped: " + out.resolve(OutputFiles.TRAINING_MANIFEST)
                    + " matches this spec and data set (-Dsiamese.force=true trains again)");
            return;
        }
        // A bar only where all other output passes through the plugin's log (a forked run), so it can stay below it.
        boolean bar = interactive() && forked();
        try (ProgressDisplay display = ProgressDisplay.create(getLog(), experiment.training().epochs(), bar,
                bar ? ProgressDisplay.terminalWidth() : 0)) {
            runNetworkTask("train", display, display.log(), () -> training.run(experiment, out, display));
        }
        History history;
        try {
            history = HistoryJson.read(out.resolve(OutputFiles.HISTORY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("training ended but its history cannot be read", e);
        }
        getLog().info(summary(experiment.name(), history, out));
    }

    /** The closing line; a model that needs no training (SourceAFIS, empty history) says so instead. */
    static String summary(String name, History history, Path out) {
        if (history.epochs().isEmpty()) {
            return String.format(Locale.ROOT, "%s needs no training (SourceAFIS): data set ready, wrote %s",
                    name, out.resolve(OutputFiles.HISTORY_FILE));
        }
        String kept = history.kept() == null ? "" : String.format(Locale.ROOT, "; kept epoch %d (best %s: %.4g)",
                history.kept().epoch(), history.kept().metric(), history.kept().value());
        return String.format(Locale.ROOT, "Trained %s: %d epochs%s, last: %s%s; wrote %s and %s",
                name, history.epochs().size(), history.stoppedEarly() ? " (stopped early)" : "",
                ProgressDisplay.describe(history.last()), kept,
                out.resolve(OutputFiles.MODEL_FILE), out.resolve(OutputFiles.HISTORY_FILE));
    }
}
