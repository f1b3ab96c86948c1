package dev.siamese.diagnostics;

import dev.siamese.BoundedFiles;
import dev.siamese.AtomicWrite;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.ExperimentException;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;

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
            throw new StaleInputException(Stage.TRAINING, file + ": not found, and the spec asks for diagnostics");
        }
        try {
            File f = BoundedFiles.readJson(MAPPER, file, BoundedFiles.LARGE_JSON, File.class);
            if (f.schemaVersion() != SCHEMA_VERSION) {
                throw new StaleInputException(Stage.TRAINING, file + ": diagnostics schemaVersion " + f.schemaVersion()
                        + " is unknown");
            }
            return f.epochs();
        } catch (IOException e) {
            throw new StaleInputException(Stage.TRAINING, file + ": cannot read diagnostics (" + ExperimentException.reason(e) + ")");
        }
    }
}
