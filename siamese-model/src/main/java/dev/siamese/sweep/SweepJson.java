package dev.siamese.sweep;

import dev.siamese.BoundedFiles;
import dev.siamese.AtomicWrite;
import dev.siamese.ExperimentException;
import dev.siamese.ResultsMapper;

import java.io.IOException;
import java.nio.file.Path;

/** Writes and reads {@code sweep.json}, with the result files' one Jackson configuration. */
public final class SweepJson {
    private SweepJson() {
    }

    public static void write(Path file, SweepSummary summary) throws IOException {
        AtomicWrite.write(file, tmp -> ResultsMapper.MAPPER.writeValue(tmp.toFile(), summary));
    }

    /** Reads a sweep summary; a missing, broken or unknown-version file is an {@link ExperimentException} naming it. */
    public static SweepSummary read(Path file) {
        SweepSummary s;
        try {
            s = BoundedFiles.readJson(ResultsMapper.MAPPER, file, BoundedFiles.LARGE_JSON, SweepSummary.class);
        } catch (IOException e) {
            throw new ExperimentException(file + ": not a readable sweep summary (" + e.getMessage() + ")");
        }
        if (s.schemaVersion() != SweepSummary.SCHEMA_VERSION) {
            throw new ExperimentException(file + ": sweep schemaVersion " + s.schemaVersion()
                    + " is unknown; this build reads " + SweepSummary.SCHEMA_VERSION);
        }
        return s;
    }
}
