package dev.siamese.match;

import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import dev.siamese.spec.SkippedExperiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a model's files are, from what a user points at: an experiment's output folder (holding
 * {@code model.zip} and {@code matcher.json}), a {@code model.zip} with an optional {@code matcher.json}
 * beside it, or a model attached to a Maven artifact ({@code <artifactId>-<version>-model.zip} with
 * {@code <artifactId>-<version>-matcher.json} beside it).
 *
 * @param model    the model zip
 * @param settings its {@code matcher.json}, when there is one
 */
public record ModelLocation(Path model, Optional<Path> settings) {
    /** The suffix of a model attached to a Maven artifact (classifier {@code model}, type {@code zip}). */
    public static final String ARTIFACT_MODEL_SUFFIX = "-model.zip";
    /** The suffix of its matcher settings (classifier {@code matcher}, type {@code json}). */
    public static final String ARTIFACT_MATCHER_SUFFIX = "-matcher.json";

    public static ModelLocation of(Path path) {
        SkippedExperiment.refuseSkipped(path);
        if (Files.isDirectory(path)) {
            Path model = path.resolve(OutputFiles.MODEL_FILE);
            if (!Files.isRegularFile(model)) {
                throw new ExperimentException(path + ": no " + OutputFiles.MODEL_FILE
                        + " in this folder; give an experiment's output folder (target/siamese) or a model file");
            }
            return new ModelLocation(model, existing(path.resolve(OutputFiles.MATCHER_FILE)));
        }
        if (!Files.isRegularFile(path)) {
            throw new ExperimentException(path + ": model not found");
        }
        String name = path.getFileName().toString();
        Path sibling = name.endsWith(ARTIFACT_MODEL_SUFFIX)
                ? path.resolveSibling(name.substring(0, name.length() - ARTIFACT_MODEL_SUFFIX.length()) + ARTIFACT_MATCHER_SUFFIX)
                : path.resolveSibling(OutputFiles.MATCHER_FILE);
        return new ModelLocation(path, existing(sibling));
    }

    private static Optional<Path> existing(Path p) {
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
