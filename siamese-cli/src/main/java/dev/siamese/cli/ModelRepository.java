package dev.siamese.cli;

import dev.siamese.ExperimentException;
import dev.siamese.match.ModelCoordinates;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * {@code --repository}, and what a model argument names as a path: an existing file or folder as it is (an
 * experiment's output folder, a {@code model.zip}), or {@code groupId:artifactId:version} found in a Maven local
 * repository (the model attached to the installed experiment, its {@code matcher.json} beside it). Nothing is
 * downloaded.
 */
final class ModelRepository {
    @Option(names = "--repository", paramLabel = "DIR",
            description = "The Maven local repository for coordinates (default: -Dmaven.repo.local, else ~/.m2/repository).")
    Path repository;

    /** The local repository: {@code --repository} when given, else {@code -Dmaven.repo.local}, else ~/.m2/repository. */
    Path localRepository() {
        if (repository != null) {
            return repository;
        }
        String property = System.getProperty("maven.repo.local");
        return property != null && !property.isBlank() ? Paths.get(property)
                : Paths.get(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The model's path; an {@code ExperimentException} for coordinates not installed. */
    Path locate(String model) {
        Path path = Paths.get(model);
        Optional<ModelCoordinates> coordinates = ModelCoordinates.parse(model);
        if (Files.exists(path) || coordinates.isEmpty()) {
            return path; // the library names a missing path
        }
        Path repo = localRepository();
        Path zip = coordinates.get().modelIn(repo);
        if (!Files.isRegularFile(zip)) {
            throw new ExperimentException(model + ": no model of these coordinates in the local repository " + repo
                    + " (" + zip.getFileName() + "); install the experiment that trained it (mvn install), "
                    + "or give --repository");
        }
        return zip;
    }
}
