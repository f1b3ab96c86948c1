package dev.siamese;

/**
 * A problem the user can fix: a malformed spec, a missing or corrupt image, a data set that cannot
 * support the requested split. Its message is written for a person and is complete on its own, so
 * callers show it without a stack trace. Anything else that goes wrong is a bug or an environment
 * failure and surfaces as another exception type.
 */
public class ExperimentException extends RuntimeException {
    public ExperimentException(String message) {
        super(message);
    }

    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
