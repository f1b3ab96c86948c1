package dev.siamese.spec;

import dev.siamese.ExperimentException;

import java.nio.file.Path;

/** A spec that cannot be accepted: names the file, the JSON path and what is allowed. */
public final class SpecException extends ExperimentException {
    private final Path file;
    private final String jsonPath;
    private final String problem;

    public SpecException(Path file, String jsonPath, String problem) {
        super(file + ": " + jsonPath + ": " + problem);
        this.file = file;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    /** What is wrong, without file and path. */
    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    public String jsonPath() {
        return jsonPath;
    }
}
