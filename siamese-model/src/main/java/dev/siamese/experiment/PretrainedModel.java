package dev.siamese.experiment;

import dev.siamese.AtomicWrite;
import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import dev.siamese.Sha256;
import dev.siamese.match.ModelLocation;
import dev.siamese.model.ModelFileCheck;
import dev.siamese.spec.SkippedExperiment;
import dev.siamese.spec.ExperimentSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A model trained elsewhere ({@code "model": {"type": "pretrained", "from": ...}}) put into an experiment's
 * output folder as {@value OutputFiles#MODEL_FILE}, byte for byte, so that evaluation scores this experiment's
 * data set with it exactly as with a model trained here and records the same SHA-256.
 */
public final class PretrainedModel {
    private PretrainedModel() {
    }

    /** {@code model.from} as a path, relative to the spec's folder (Maven coordinates are the goals' to resolve). */
    public static Path locate(ExperimentSpec spec) {
        return locate(spec, spec.model().from(), "$.model.from");
    }

    /**
     * The model file {@code model.init} names, relative to the spec's folder; null without one. An error naming
     * the field when it is missing or is no model file.
     */
    public static Path initial(ExperimentSpec spec) {
        String init = spec.model().init();
        if (init == null) {
            return null;
        }
        Path path = locate(spec, init, "$.model.init");
        try {
            return ModelLocation.of(path).model();
        } catch (ExperimentException e) {
            throw new ExperimentException(spec.source() + ": $.model.init: " + e.getMessage(), e);
        }
    }

    private static Path locate(ExperimentSpec spec, String written, String field) {
        Path base = spec.source() == null ? Path.of(".") : spec.source().toAbsolutePath().getParent();
        Path path = base.resolve(written).normalize();
        SkippedExperiment.refuseSkipped(path);
        if (!Files.exists(path)) {
            throw new ExperimentException(spec.source() + ": " + field + ": " + path + " not found (give an output "
                    + "folder or a model.zip" + (field.endsWith("from")
                    ? "; groupId:artifactId:version is resolved by the Maven goals)" : ")"));
        }
        return path;
    }

    /**
     * Copies the model at {@code model} (folder, zip or artifact) into {@code outputDirectory}, once it is checked to be
     * a model ({@link ModelFileCheck}), as evaluation would find: a text file given as {@code from} fails here.
     */
    static void install(Path model, Path outputDirectory) {
        Path source = ModelLocation.of(model).model();
        ModelFileCheck.check(source);
        Path target = outputDirectory.resolve(OutputFiles.MODEL_FILE);
        try {
            if (!Files.isRegularFile(target) || !Sha256.of(target).equals(Sha256.of(source))) {
                Files.createDirectories(outputDirectory);
                AtomicWrite.write(target, tmp -> Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }
}
