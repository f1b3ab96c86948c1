package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;
import dev.siamese.TempFiles;
import dev.siamese.maven.fork.ForkedMain;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * What every goal shares, and nothing more: where the spec and the outputs are, {@code siamese.skip},
 * and the one mapping of failures: an {@link ExperimentException} is the user's to fix
 * ({@link MojoFailureException}, message only, no stack trace; a {@link StaleInputException} gets the goal to run
 * added); anything else is ours
 * ({@link MojoExecutionException}).
 */
abstract class SiameseMojo extends AbstractMojo {

    /** The experiment spec. */
    @Parameter(property = "siamese.spec", defaultValue = "${project.basedir}/experiment.json")
    protected File spec;

    /** Where data set, model and results are written. */
    @Parameter(property = "siamese.outputDirectory", defaultValue = "${project.build.directory}/siamese")
    protected File outputDirectory;

    /**
     * Folders besides the project's that a spec's {@code dataset.folder} may read, separated by commas. By
     * default a spec may read scans only below its own folder, so that a spec from an untrusted change cannot
     * publish files from elsewhere on the machine in its report.
     *
     * @since 0.2.0
     */
    @Parameter(property = ForkedMain.ALLOWED_FOLDERS_PROPERTY)
    protected String allowedFolders;

    /** Skip every Siamese goal. */
    @Parameter(property = "siamese.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: siamese.skip is set");
            return;
        }
        try {
            TempFiles.cleanStale(outputDirectory.toPath());
            run();
        } catch (StaleInputException e) {
            throw new MojoFailureException(e.getMessage() + "; run " + goalThatMakes(e.stage()));
        } catch (ExperimentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Siamese " + getClass().getSimpleName() + " failed: " + e, e);
        }
    }

    /** The goal whose run makes what {@code stage} makes again. */
    static String goalThatMakes(Stage stage) {
        return switch (stage) {
            case DATASET -> "siamese:generate";
            case TRAINING -> "siamese:train";
            case EVALUATION -> "siamese:evaluate";
        };
    }

    /** The goal's work. Throw {@link ExperimentException} for anything the user can fix. */
    protected abstract void run() throws MojoFailureException;

    protected ExperimentSpec readSpec() {
        return new ExperimentSpecReader(ForkedMain.folders(allowedFolders)).read(spec.toPath());
    }

    /** Charts are drawn off-screen: no window system needed, and no dock icon on a Mac. */
    protected static void drawHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    protected Path datasetDirectory() {
        return outputDirectory.toPath().resolve("dataset");
    }
}
