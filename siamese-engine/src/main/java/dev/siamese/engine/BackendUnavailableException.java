package dev.siamese.engine;

/**
 * No ND4J backend could be loaded: none is on the class path, or its native library failed to load. The message
 * says which dependency to add and is complete on its own.
 */
public class BackendUnavailableException extends RuntimeException {
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
