package dev.siamese;

import com.fasterxml.jackson.core.JsonProcessingException;

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

    /**
     * What {@code cause} says, as one line for a message that names the file: a parser's own message without the
     * location lines it appends, control characters of the input it quotes made visible.
     */
    public static String reason(Throwable cause) {
        String m = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
        if (m == null || m.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "?");
    }
}
