package dev.siamese.history;

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

    public static History read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), History.class);
    }
}
