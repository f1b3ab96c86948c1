package dev.siamese.diagnostics;

import dev.siamese.AtomicWrite;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.ExperimentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code diagnostics.json}, written by training beside {@code history.json}: {@code schemaVersion} and
 * {@code epochs}, the per-epoch figures. Evaluation reads it and adds the verdicts to {@code results.json}.
 */
public final class DiagnosticsJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = dev.siamese.ResultsMapper.MAPPER;

    /** The file's content. */
    public record File(int schemaVersion, List<EpochDiagnostics> epochs) {
    }

    private DiagnosticsJson() {
    }

    public static void write(Path file, List<EpochDiagnostics> epochs) throws IOException {
        AtomicWrite.write(file, tmp -> MAPPER.writeValue(tmp.toFile(), new File(SCHEMA_VERSION, epochs)));
    }

    /** The epochs of a file written by {@link #write}; a missing or broken file is an {@link ExperimentException}. */
    public static List<EpochDiagnostics> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ExperimentException(file + ": not found; the spec asks for diagnostics: run siamese:train again");
        }
        try {
            File f = MAPPER.readValue(file.toFile(), File.class);
            if (f.schemaVersion() != SCHEMA_VERSION) {
                throw new ExperimentException(file + ": diagnostics schemaVersion " + f.schemaVersion()
                        + " is unknown; run siamese:train again");
            }
            return f.epochs();
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot read diagnostics (" + e.getMessage() + "); run siamese:train again");
        }
    }
}
