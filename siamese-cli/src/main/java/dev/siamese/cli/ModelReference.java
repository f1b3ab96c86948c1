package dev.siamese.cli;

import dev.siamese.ExperimentException;
import dev.siamese.match.ModelCoordinates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * What {@code --model} names, as a path: an existing file or folder as it is (an experiment's output folder, a
 * {@code model.zip}), or {@code groupId:artifactId:version} found in a Maven local repository (the model attached to
 * the installed experiment, its {@code matcher.json} beside it). Nothing is downloaded.
 */
final class ModelReference {
    private ModelReference() {
    }

    /** The local repository: {@code repository} when given, else {@code -Dmaven.repo.local}, else ~/.m2/repository. */
    static Path localRepository(Path repository) {
        if (repository != null) {
            return repository;
        }
        String property = System.getProperty("maven.repo.local");
        return property != null && !property.isBlank() ? Paths.get(property)
                : Paths.get(System.getProperty("user.home"), ".m2", "repository");
    }

    static Path locate(String model, Path repository) {
        Path path = Paths.get(model);
        Optional<ModelCoordinates> coordinates = ModelCoordinates.parse(model);
        if (Files.exists(path) || coordinates.isEmpty()) {
            return path; // the library names a missing path
        }
        Path repo = localRepository(repository);
        Path zip = coordinates.get().modelIn(repo);
        if (!Files.isRegularFile(zip)) {
            throw new ExperimentException(model + ": no model of these coordinates in the local repository " + repo
                    + " (" + zip.getFileName() + "); install the experiment that trained it (mvn install), "
                    + "or give --repository");
        }
        return zip;
    }
}
