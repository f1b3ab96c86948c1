package dev.siamese.history;

import dev.siamese.StaleInputException;
import dev.siamese.Stage;
import dev.siamese.ExperimentException;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.siamese.BoundedFiles;
import dev.siamese.AtomicWrite;
import dev.siamese.ResultsMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes and reads {@link History} as JSON. Writing goes to a temporary file beside the target, then a move,
 * so readers never see half a file. Missing validation values (NaN) are written as the string "NaN".
 */
public final class HistoryJson {
    private static final ObjectMapper MAPPER = ResultsMapper.MAPPER;

    private HistoryJson() {
    }

    public static void write(Path file, History history) throws IOException {
        AtomicWrite.write(file, tmp -> MAPPER.writeValue(tmp.toFile(), history));
    }

    /**
     * Reads a history; one that is not a history's JSON is a {@link StaleInputException} naming the file (train
     * again), a file that cannot be read an {@link IOException}.
     */
    public static History read(Path file) throws IOException {
        try {
            return BoundedFiles.readJson(MAPPER, file, BoundedFiles.SMALL_JSON, History.class);
        } catch (JsonProcessingException e) {
            throw new StaleInputException(Stage.TRAINING, file + ": not a training history ("
                    + ExperimentException.reason(e) + ")");
        }
    }
}
