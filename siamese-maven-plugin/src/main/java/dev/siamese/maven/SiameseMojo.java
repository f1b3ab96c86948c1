package dev.siamese.maven;

import dev.siamese.OutputFiles;
import dev.siamese.maven.fork.ForkedMain;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.spec.RealData;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** What every goal of one experiment shares: where its spec and its outputs are. */
abstract class SiameseMojo extends OutputFolderMojo {

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

    /** Where Maven was started: relative paths given on the command line are resolved from here. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    protected Path base() {
        return (executionRoot == null ? new File(".") : executionRoot).toPath().toAbsolutePath().normalize();
    }

    protected Path path(File file) {
        return base().resolve(file.toPath()).normalize();
    }

    /** The JVM arguments a forked JVM needs to read specs as this goal does: its allowed folders and real data. */
    protected List<String> forkProperties() {
        return ForkedMain.properties(allowedFolders, realData);
    }

    protected ExperimentSpec readSpec() {
        return specReader().read(spec.toPath());
    }

    @Override
    protected Path outputFolder() {
        return outputDirectory.toPath();
    }

    /** Reads specs with this build's allowed folders and real data. */
    protected ExperimentSpecReader specReader() {
        return new ExperimentSpecReader(ForkedMain.folders(allowedFolders), ForkedMain.realData(realData));
    }

    protected Path datasetDirectory() {
        return outputDirectory.toPath().resolve(OutputFiles.DATASET_FOLDER);
    }
}
