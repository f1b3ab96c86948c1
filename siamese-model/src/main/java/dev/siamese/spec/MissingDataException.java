package dev.siamese.spec;

import dev.siamese.ExperimentException;

/**
 * A spec reads real scans from {@code ${siamese.realData}}, and no such folder was given: the experiment cannot run
 * here, which is no mistake of the spec. Goals skip it with this message, which says what to obtain and where to put
 * it.
 */
public final class MissingDataException extends ExperimentException {
    public MissingDataException(String message) {
        super(message);
    }
}
