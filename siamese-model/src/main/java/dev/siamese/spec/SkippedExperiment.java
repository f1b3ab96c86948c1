package dev.siamese.spec;

import dev.siamese.AtomicWrite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The note an experiment skipped for want of real scans leaves in its output folder, so that an experiment built on
 * its model (its {@code model.from} or {@code model.init}) is skipped with the same reason instead of failing on a
 * model that was never made. A goal that runs clears the note.
 */
public final class SkippedExperiment {
    /** The note's file name, in the output folder. */
    public static final String FILE = "skipped.txt";

    private SkippedExperiment() {
    }

    /** Leaves the note saying why the experiment writing to {@code outputDirectory} was skipped. */
    public static void record(Path outputDirectory, String reason) {
        try {
            Files.createDirectories(outputDirectory);
            AtomicWrite.write(outputDirectory.resolve(FILE),
                    tmp -> Files.writeString(tmp, reason + System.lineSeparator(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outputDirectory.resolve(FILE), e);
        }
    }

    /** Removes the note, when a goal of the experiment runs. */
    public static void clear(Path outputDirectory) {
        try {
            Files.deleteIfExists(outputDirectory.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + outputDirectory.resolve(FILE), e);
        }
    }

    /**
     * Before a goal works in {@code outputDirectory}: one that starts the experiment clears the note of an earlier
     * skip; a later goal of a skipped experiment is skipped too, with the same reason.
     */
    public static void beforeGoal(Path outputDirectory, boolean startsTheExperiment) {
        if (startsTheExperiment) {
            clear(outputDirectory);
        } else {
            reason(outputDirectory).ifPresent(reason -> {
                throw new MissingDataException(reason);
            });
        }
    }

    /** Why the experiment writing to {@code outputDirectory} was skipped, when it was. */
    public static Optional<String> reason(Path outputDirectory) {
        Path note = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(note)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(note, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.of("see " + note);
        }
    }

    /**
     * Throws a {@link MissingDataException} when the model at {@code model} (an output folder or a file in one) comes
     * from an experiment that was skipped.
     */
    public static void refuseSkipped(Path model) {
        Path folder = Files.isRegularFile(model) ? model.toAbsolutePath().getParent() : model;
        if (folder != null) {
            reason(folder).ifPresent(reason -> {
                throw new MissingDataException(model + " was not made: its experiment was skipped (" + reason + ")");
            });
        }
    }
}
