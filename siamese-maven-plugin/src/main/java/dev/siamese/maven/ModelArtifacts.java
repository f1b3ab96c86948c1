package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.match.ModelCoordinates;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns what {@code -Dsiamese.model} (or a spec's {@code "from"}) names into a path: an existing file or
 * folder as it is, or {@code groupId:artifactId:version} resolved through Maven's resolver (local repository,
 * then the build's remote repositories) to the artifact's attached {@code model.zip} (classifier {@code model})
 * and, when there is one, its {@code matcher.json} (classifier {@code matcher}), which lands beside it.
 */
final class ModelArtifacts {
    static final String MODEL_CLASSIFIER = "model";
    static final String MODEL_TYPE = "zip";
    static final String MATCHER_CLASSIFIER = "matcher";
    static final String RESULTS_CLASSIFIER = "results";
    static final String JSON_TYPE = "json";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    ModelArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    /** Through the build's resolver session, and the project's remote repositories when there is a project. */
    static ModelArtifacts of(RepositorySystem system, MavenSession session, MavenProject project) {
        return new ModelArtifacts(system, session.getRepositorySession(),
                project == null ? List.of() : project.getRemoteProjectRepositories());
    }

    static boolean isCoordinates(String text) {
        return ModelCoordinates.isCoordinates(text);
    }

    /** The model's path; {@code base} resolves a relative path. */
    Path locate(String model, Path base) {
        if (model == null || model.isBlank()) {
            throw new ExperimentException("no model given: set siamese.model to an experiment's target/siamese "
                    + "folder, a model.zip, or groupId:artifactId:version");
        }
        Path path = base.resolve(model).normalize();
        if (Files.exists(path) || !isCoordinates(model)) {
            return path; // the library names a missing path
        }
        String[] c = model.split(":");
        Path zip = resolve(new DefaultArtifact(c[0], c[1], MODEL_CLASSIFIER, MODEL_TYPE, c[2]), model);
        try {
            resolve(new DefaultArtifact(c[0], c[1], MATCHER_CLASSIFIER, JSON_TYPE, c[2]), model);
        } catch (ExperimentException e) {
            // a model without matcher settings still embeds and searches; deciding needs a threshold
        }
        return zip;
    }

    private Path resolve(DefaultArtifact artifact, String model) {
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new ExperimentException(model + ": no model artifact " + artifact + " in the local repository "
                    + session.getLocalRepository().getBasedir() + " or the remote repositories ("
                    + repositories.stream().map(RemoteRepository::getId).toList()
                    + "); install the experiment that trained it (mvn install) or check the coordinates");
        }
    }
}
