package dev.siamese.maven;

import dev.siamese.OutputFiles;
import dev.siamese.experiment.ExperimentTraining;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.train.TrainingListener;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

import java.nio.file.Path;

/**
 * Trains the experiment's Siamese network: generates the data set if missing, trains with progress
 * per epoch, and writes {@code target/siamese/model.zip} and {@code target/siamese/history.json}.
 * Runs in a forked JVM by default. Skipped when the outputs are up to date (same spec sections, data set and
 * version), unless {@code force}. A pretrained model ({@code model.from}, a path or Maven coordinates) is copied
 * into place by the library inside Maven's JVM, without ND4J.
 *
 * @since 0.1.0
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class TrainMojo extends NetworkMojo {

    @Component
    private RepositorySystem repositorySystem;

    @Override
    protected void run() {
        ExperimentSpec experiment = readSpec();
        Path out = outputDirectory.toPath();
        ExperimentTraining training = new ExperimentTraining();
        if (experiment.model().usesPretrained()) {
            training.run(experiment, out, TrainingListener.NONE, ModelArtifacts.of(repositorySystem, session, project)
                    .locate(experiment.model().from(), experiment.source().toAbsolutePath().getParent()));
        } else if (!force && training.upToDate(experiment, out)) {
            getLog().info("Training of " + experiment.name() + " up to date, skipped: "
                    + out.resolve(OutputFiles.TRAINING_MANIFEST)
                    + " matches this spec and data set (-Dsiamese.force=true trains again)");
            return;
        } else {
            // A bar only where all other output passes through the plugin's log (a forked run), so it can stay below it.
            boolean bar = interactive() && fork;
            try (ProgressDisplay display = ProgressDisplay.create(getLog(), experiment.training().epochs(), bar,
                    bar ? ProgressDisplay.terminalWidth() : 0)) {
                runNetworkTask("train", display, new FittingLog(display.log()), () -> training.run(experiment, out, display));
            }
        }
        new FittingLog(getLog()).info(training.summary(experiment, out));
    }
}
