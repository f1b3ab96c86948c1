package dev.siamese.maven.fork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.siamese.ExperimentException;
import dev.siamese.ResultsMapper;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;
import dev.siamese.train.EpochProgress;

/**
 * How the forked training JVM talks to the build: lines on its standard output. A line starting with
 * {@link #EPOCH} carries one epoch's progress as JSON, {@link #FAILURE} the message of a mistake the user
 * can fix (exit code {@link #USER_ERROR_EXIT}), after the {@link Stage} to run again or {@code -}; every other
 * line is log output, relayed as it is. The build keeps the fork's standard input open: when it closes, the
 * build is gone and the fork stops ({@link ParentWatch}).
 */
final class ForkProtocol {
    static final String EPOCH = "@siamese-epoch ";
    static final String FAILURE = "@siamese-failure ";
    static final int USER_ERROR_EXIT = 2;
    /** The fork's exit code when it stopped because the build that started it is gone. */
    static final int PARENT_GONE_EXIT = 3;

    /** The library's configuration (NaN as "NaN": validation loss without validation pairs), one line per value. */
    private static final ObjectWriter WRITER = ResultsMapper.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private ForkProtocol() {
    }

    static String epochLine(EpochProgress progress) {
        try {
            return EPOCH + WRITER.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static EpochProgress parseEpoch(String line) {
        try {
            return ResultsMapper.MAPPER.readValue(line.substring(EPOCH.length()), EpochProgress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable progress line from the training JVM: " + line, e);
        }
    }

    static String failureLine(ExperimentException e) {
        String stage = e instanceof StaleInputException stale ? stale.stage().name() : "-";
        return FAILURE + stage + " " + e.getMessage().replace('\n', ' ');
    }

    /** The exception a {@link #FAILURE} line (without its prefix) reports. */
    static ExperimentException parseFailure(String payload) {
        int space = payload.indexOf(' ');
        String stage = space < 0 ? "-" : payload.substring(0, space);
        String message = space < 0 ? payload : payload.substring(space + 1);
        for (Stage s : Stage.values()) {
            if (s.name().equals(stage)) {
                return new StaleInputException(s, message);
            }
        }
        return new ExperimentException(message);
    }
}
