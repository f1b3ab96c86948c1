package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.ResizePolicy;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

import java.nio.file.Path;

/**
 * A goal that uses a trained model ({@code match}, {@code enroll}, {@code identify}). It runs inside Maven's
 * JVM: the work is short (load a model, embed a few images, search), a build that only uses a model loads no
 * second ND4J backend, and train's in-process mode ({@code -Dsiamese.fork=false}) is the tested precedent.
 */
abstract class ModelMojo extends SiameseMojo {

    /**
     * The model: an experiment's output folder ({@code target/siamese}), a {@code model.zip} (with its
     * {@code matcher.json} beside it), or {@code groupId:artifactId:version} of an installed experiment.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.model")
    protected String model;

    /**
     * What to do with an image whose size is not the model's: {@code reject} (an error) or {@code bilinear}
     * (resize it).
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.resize", defaultValue = "reject")
    protected String resize;

    /**
     * A decision threshold instead of the model's operating threshold (its {@code matcher.json}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.threshold")
    protected Double threshold;

    /**
     * The scans' resolution in dots per inch, for a model that rescales scans ({@code model.input}); 500 when not
     * given. A model without an input specification takes images of its size as they are and ignores it.
     *
     * @since 0.3.0
     */
    @Parameter(property = "siamese.dpi")
    protected Double dpi;

    @Component
    private RepositorySystem repositorySystem;

    /** A model's goals write no experiment's output folder: they take no turn there. */
    @Override
    protected Turn takeTurn() {
        return () -> { };
    }

    /** The model's path: as given, or resolved from Maven coordinates. */
    protected Path locateModel() {
        return ModelArtifacts.of(repositorySystem, session, project).locate(model, base());
    }

    protected FingerprintMatcher loadMatcher(Path location) {
        ResizePolicy policy = ResizePolicy.parse(resize, "siamese.resize");
        InProcessNetwork.prepare(getClass());
        FingerprintMatcher loaded = FingerprintMatcher.load(location, policy);
        FingerprintMatcher given = threshold == null ? loaded : loaded.withThreshold(threshold);
        FingerprintMatcher matcher = dpi == null ? given : given.withScanDpi(dpi);
        getLog().info(matcher.describe());
        return matcher;
    }

    /** Library messages name no goals or properties; this adds the property that resizes. */
    @Override
    protected final void run() {
        try {
            use();
        } catch (ExperimentException e) {
            String advice = "choose resize policy bilinear";
            throw e.getMessage().contains(advice)
                    ? new ExperimentException(e.getMessage().replace(advice, "set -Dsiamese.resize=bilinear")) : e;
        }
    }

    /** The goal's work. */
    protected abstract void use();
}
