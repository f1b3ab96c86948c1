package dev.siamese.maven;

import dev.siamese.TempFiles;
import dev.siamese.experiment.OutputFolderLock;
import dev.siamese.maven.fork.ForkedMain;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.spec.MissingDataException;
import dev.siamese.spec.RealData;
import dev.siamese.spec.SkippedExperiment;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What every goal of one experiment shares: where its spec and its outputs are. */
abstract class SiameseMojo extends AbstractSiameseMojo {

    /**
     * The experiment spec.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.spec", defaultValue = "${project.basedir}/experiment.json")
    protected File spec;

    /**
     * Where data set, model and results are written.
     *
     * @since 0.1.0
     */
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

    /**
     * The folder of real scans that a spec's {@code dataset.folder} names as {@code ${siamese.realData}/...}, laid out
     * as the project's development copy ({@code fcj2020/}, {@code fvc2000-db1-b/}, ...). Without it such an
     * experiment is skipped with one line saying what to obtain.
     *
     * @since 0.3.0
     */
    @Parameter(property = RealData.PROPERTY)
    protected String realData;

    /**
     * How long a goal waits for another build working in the same output folder (an IDE's and a terminal's
     * {@code mvn verify}) before it fails; the goals of one folder take turns, and the one that waits says for
     * whom. {@code 0}: fail at once.
     *
     * @since 0.3.0
     */
    @Parameter(property = "siamese.lockTimeoutSeconds", defaultValue = "3600")
    protected int lockTimeoutSeconds;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /** The output folder's lock ({@link OutputFolderLock}), held while the goal works there. */
    @Override
    protected Turn takeTurn() {
        String goal = mojoExecution == null ? getClass().getSimpleName()
                : "siamese:" + mojoExecution.getGoal() + " (" + mojoExecution.getExecutionId() + ")";
        return OutputFolderLock.acquire(outputDirectory.toPath(), goal, Duration.ofSeconds(lockTimeoutSeconds),
                getLog()::info)::close;
    }

    /** Where Maven was started: relative paths given on the command line are resolved from here. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    protected Path base() {
        return (executionRoot == null ? new File(".") : executionRoot).toPath().toAbsolutePath().normalize();
    }

    protected Path path(File file) {
        return base().resolve(file.toPath()).normalize();
    }

    /**
     * Removes temp files that builds killed while writing left in the output folder. A goal that starts an
     * experiment clears the note of an earlier skip; a later goal of a skipped experiment is skipped too.
     */
    @Override
    protected void beforeRun() {
        TempFiles.cleanStale(outputDirectory.toPath());
        if (startsTheExperiment()) {
            SkippedExperiment.clear(outputDirectory.toPath());
        } else {
            SkippedExperiment.reason(outputDirectory.toPath()).ifPresent(reason -> {
                throw new MissingDataException(reason);
            });
        }
    }

    /** Whether this goal is the first of an experiment's build (it makes the data set or reads none of it). */
    protected boolean startsTheExperiment() {
        return false;
    }

    @Override
    protected void skipped(String reason) {
        SkippedExperiment.record(outputDirectory.toPath(), reason);
    }

    /** The JVM arguments a forked JVM needs to read specs as this goal does: its allowed folders and real data. */
    protected List<String> forkProperties() {
        List<String> properties = new ArrayList<>();
        if (allowedFolders != null && !allowedFolders.isBlank()) {
            properties.add("-D" + ForkedMain.ALLOWED_FOLDERS_PROPERTY + "=" + allowedFolders);
        }
        if (ForkedMain.realData(realData) != null) {
            properties.add("-D" + RealData.PROPERTY + "=" + ForkedMain.realData(realData));
        }
        return properties;
    }

    protected ExperimentSpec readSpec() {
        return specReader().read(spec.toPath());
    }

    /** Reads specs with this build's allowed folders and real data. */
    protected ExperimentSpecReader specReader() {
        return new ExperimentSpecReader(ForkedMain.folders(allowedFolders), ForkedMain.realData(realData));
    }

    protected Path datasetDirectory() {
        return outputDirectory.toPath().resolve("dataset");
    }
}
