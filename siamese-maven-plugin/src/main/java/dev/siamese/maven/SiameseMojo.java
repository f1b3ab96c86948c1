package dev.siamese.maven;

import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

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

    protected ExperimentSpec readSpec() {
        return new ExperimentSpecReader().read(spec.toPath());
    }

    protected Path datasetDirectory() {
        return outputDirectory.toPath().resolve("dataset");
    }
}
