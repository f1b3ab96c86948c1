package dev.siamese.results;

import dev.siamese.BoundedFiles;
import dev.siamese.AtomicWrite;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.ExperimentException;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Writes and reads {@code results.json}. Reading refuses files of unknown schema versions, naming the file. */
public final class ResultsJson {
    private static final ObjectMapper MAPPER = dev.siamese.ResultsMapper.MAPPER;

    private ResultsJson() {
    }

    public static void write(Path file, Results results) throws IOException {
        writeAtomically(file, results);
    }

    public static void writeScores(Path file, PairScores scores) throws IOException {
        writeAtomically(file, scores);
    }

    /** Reads {@code scores.json}; a missing or broken file is an {@link ExperimentException} naming it. */
    public static PairScores readScores(Path file) {
        try {
            PairScores s = BoundedFiles.readJson(MAPPER, file, BoundedFiles.LARGE_JSON, PairScores.class);
            if (s.schemaVersion() != PairScores.SCHEMA_VERSION) {
                throw new ExperimentException(file + ": scores schemaVersion " + s.schemaVersion()
                        + " is unknown; this build reads " + PairScores.SCHEMA_VERSION);
            }
            return s;
        } catch (IOException e) {
            throw new StaleInputException(Stage.EVALUATION, file + ": cannot read scores (" + ExperimentException.reason(e) + ")");
        }
    }

    private static void writeAtomically(Path file, Object value) throws IOException {
        AtomicWrite.write(file, tmp -> MAPPER.writeValue(tmp.toFile(), value));
    }

    /** Reads a results file; anything that is not a results JSON of a known version is an {@link ExperimentException}. */
    public static Results read(Path file) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(BoundedFiles.read(file, BoundedFiles.LARGE_JSON));
        } catch (NoSuchFileException e) {
            throw new StaleInputException(Stage.EVALUATION, file + ": results file not found");
        } catch (JsonProcessingException e) {
            throw new ExperimentException(file + ": not a results JSON: " + ExperimentException.reason(e));
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot read: " + ExperimentException.reason(e), e);
        }
        if (tree == null || !tree.isObject() || !tree.has("schemaVersion") || !tree.has("metrics")) {
            throw new ExperimentException(file + ": not a results JSON (no schemaVersion and metrics)");
        }
        int version = tree.get("schemaVersion").asInt(-1);
        if (version != Results.SCHEMA_VERSION) {
            throw new ExperimentException(file + ": results schemaVersion " + tree.get("schemaVersion")
                    + " is unknown; this build reads " + Results.SCHEMA_VERSION);
        }
        Results results;
        try {
            results = MAPPER.treeToValue(tree, Results.class);
        } catch (JsonProcessingException e) {
            throw new ExperimentException(file + ": malformed results JSON: " + ExperimentException.reason(e));
        }
        if (results.metrics() == null || results.metrics().train() == null || results.metrics().validation() == null) {
            throw new ExperimentException(file + ": malformed results JSON: metrics.train and metrics.validation "
                    + "must be objects");
        }
        return results;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
