package dev.siamese.spec;

import dev.siamese.ExperimentException;

import java.nio.file.Path;

/** A spec that cannot be accepted: names the file, the JSON path and what is allowed. */
public final class SpecException extends ExperimentException {
    private final Path file;
    private final String jsonPath;

    public SpecException(Path file, String jsonPath, String problem) {
        super(file + ": " + jsonPath + ": " + problem);
        this.file = file;
        this.jsonPath = jsonPath;
    }

    public Path file() {
        return file;
    }

    public String jsonPath() {
        return jsonPath;
    }
}
