package dev.siamese.maven.fork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.siamese.train.EpochProgress;

/**
 * How the forked training JVM talks to the build: lines on its standard output. A line starting with
 * {@link #EPOCH} carries one epoch's progress as JSON, {@link #FAILURE} the message of a mistake the user
 * can fix (exit code {@link #USER_ERROR_EXIT}); every other line is log output, relayed as it is.
 */
final class ForkProtocol {
    static final String EPOCH = "@siamese-epoch ";
    static final String FAILURE = "@siamese-failure ";
    static final int USER_ERROR_EXIT = 2;

    /** Validation loss is NaN without validation pairs; JSON has no NaN, so both sides allow the token. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ForkProtocol() {
    }

    static String epochLine(EpochProgress progress) {
        try {
            return EPOCH + MAPPER.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static EpochProgress parseEpoch(String line) {
        try {
            return MAPPER.readValue(line.substring(EPOCH.length()), EpochProgress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable progress line from the training JVM: " + line, e);
        }
    }

    static String failureLine(String message) {
        return FAILURE + message.replace('\n', ' ');
    }
}
