package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.ResizePolicy;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

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

    /** Where Maven was started: relative paths are resolved from here. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Component
    private RepositorySystem repositorySystem;

    /** A model's goals write no experiment's output folder: they take no turn there. */
    @Override
    protected Turn takeTurn() {
        return () -> { };
    }

    protected Path base() {
        return (executionRoot == null ? new File(".") : executionRoot).toPath().toAbsolutePath().normalize();
    }

    protected Path path(File file) {
        return base().resolve(file.toPath()).normalize();
    }

    /** The model's path: as given, or resolved from Maven coordinates. */
    protected Path locateModel() {
        return new ModelArtifacts(repositorySystem, session.getRepositorySession(),
                project == null ? java.util.List.of() : project.getRemoteProjectRepositories()).locate(model, base());
    }

    protected FingerprintMatcher loadMatcher() {
        return loadMatcher(locateModel());
    }

    protected FingerprintMatcher loadMatcher(Path location) {
        ResizePolicy policy;
        try {
            policy = ResizePolicy.valueOf(resize.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExperimentException("siamese.resize: \"" + resize + "\" is not allowed; allowed: reject, bilinear");
        }
        InProcessNetwork.prepare(getClass());
        FingerprintMatcher matcher = FingerprintMatcher.load(location, policy);
        if (threshold != null) {
            matcher = matcher.withThreshold(threshold);
        }
        if (dpi != null) {
            matcher = matcher.withScanDpi(dpi);
        }
        getLog().info("Model " + matcher.modelFile() + " (" + matcher.height() + "×" + matcher.width() + ", "
                + (matcher.input() == null ? "" : String.format(Locale.ROOT, "scans at %s dpi seen at %s dpi, ",
                        matcher.scanDpi(), matcher.input().dpi()))
                + matcher.distanceKind().jsonName() + " distance"
                + (matcher.threshold().isPresent() ? String.format(Locale.ROOT, ", threshold %.6g (%s)",
                matcher.threshold().getAsDouble(), matcher.thresholdSource()) : ", no operating threshold") + ")");
        return matcher;
    }

    /** Library messages name no goals or properties; this adds the property that resizes. */
    protected static ExperimentException withResizeHint(ExperimentException e) {
        return new ExperimentException(e.getMessage().replace("choose resize policy bilinear", "set -Dsiamese.resize=bilinear"));
    }

    @Override
    protected final void run() {
        try {
            use();
        } catch (ExperimentException e) {
            throw e.getMessage().contains("choose resize policy bilinear") ? withResizeHint(e) : e;
        }
    }

    /** The goal's work. */
    protected abstract void use();
}
