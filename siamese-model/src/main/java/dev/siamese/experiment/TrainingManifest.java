package dev.siamese.experiment;

import dev.siamese.BoundedFiles;
import dev.siamese.AtomicWrite;
import dev.siamese.OutputFiles;
import dev.siamese.ResultsMapper;
import dev.siamese.Sha256;
import dev.siamese.SiameseVersion;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@value OutputFiles#TRAINING_MANIFEST}: what one training run wrote and from what. Written after every
 * other file of the run and removed before the run starts, so model.zip, history.json, timings and diagnostics
 * count only as the set this file lists, each with its SHA-256: a model paired with another run's history, a
 * file copied in from another experiment or changed by hand, or outputs of another spec are told apart.
 *
 * @param fingerprint the training's (see {@link InputDigests#training})
 * @param dataset     the data set's fingerprint it was trained on
 * @param files       file name (in the output folder) to SHA-256
 */
public record TrainingManifest(int schemaVersion, String siamese, String fingerprint, String dataset,
                               Map<String, String> files) {
    public static final int SCHEMA_VERSION = 1;

    /** The manifest in {@code outputDirectory}; empty when missing or unreadable (nothing trained counts). */
    public static Optional<TrainingManifest> read(Path outputDirectory) {
        Path file = outputDirectory.resolve(OutputFiles.TRAINING_MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            TrainingManifest m = BoundedFiles.readJson(ResultsMapper.MAPPER, file, BoundedFiles.SMALL_JSON, TrainingManifest.class);
            return m.schemaVersion() == SCHEMA_VERSION && m.fingerprint() != null && m.files() != null
                    ? Optional.of(m) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the manifest, so that what training writes next counts only once the new one is written. */
    static void delete(Path outputDirectory) throws IOException {
        Files.deleteIfExists(outputDirectory.resolve(OutputFiles.TRAINING_MANIFEST));
    }

    /** Hashes {@code names} in {@code outputDirectory} and writes the manifest listing them. */
    static TrainingManifest write(Path outputDirectory, String fingerprint, String dataset, List<String> names)
            throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, Sha256.of(outputDirectory.resolve(name)));
        }
        TrainingManifest m = new TrainingManifest(SCHEMA_VERSION, SiameseVersion.siamese(), fingerprint, dataset, files);
        AtomicWrite.write(outputDirectory.resolve(OutputFiles.TRAINING_MANIFEST),
                tmp -> ResultsMapper.MAPPER.writeValue(tmp.toFile(), m));
        return m;
    }

    /**
     * The manifest of a complete training of {@code spec} on the data set of fingerprint {@code dataset}, with
     * every file it lists present and unchanged; otherwise a {@link StaleInputException} naming what is wrong.
     */
    static TrainingManifest require(Path outputDirectory, String fingerprint) {
        Path file = outputDirectory.resolve(OutputFiles.TRAINING_MANIFEST);
        TrainingManifest m = read(outputDirectory).orElseThrow(() -> new StaleInputException(Stage.TRAINING,
                file + ": not found: no complete training in " + outputDirectory));
        if (!m.fingerprint().equals(fingerprint)) {
            throw new StaleInputException(Stage.TRAINING, outputDirectory.resolve(m.files().containsKey(
                    OutputFiles.MODEL_FILE) ? OutputFiles.MODEL_FILE : OutputFiles.HISTORY_FILE)
                    + ": trained for another spec or data set (training fingerprint " + abbreviate(m.fingerprint())
                    + ", this spec's is " + abbreviate(fingerprint) + ")");
        }
        for (Map.Entry<String, String> e : m.files().entrySet()) {
            Path p = outputDirectory.resolve(e.getKey());
            if (!Files.isRegularFile(p)) {
                throw new StaleInputException(Stage.TRAINING, p + ": missing, though " + file + " lists it");
            }
            if (!Sha256.of(p).equals(e.getValue())) {
                throw new StaleInputException(Stage.TRAINING, p + ": not the file this experiment's training wrote"
                        + " (its SHA-256 differs from " + OutputFiles.TRAINING_MANIFEST
                        + "'s): copied from elsewhere or changed");
            }
        }
        return m;
    }

    /** Whether the manifest is {@link #require}d successfully. */
    static boolean complete(Path outputDirectory, String fingerprint) {
        try {
            require(outputDirectory, fingerprint);
            return true;
        } catch (StaleInputException e) {
            return false;
        }
    }

    /** The model's SHA-256, null when training wrote none (SourceAFIS). */
    public String modelSha256() {
        return files.get(OutputFiles.MODEL_FILE);
    }

    static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }
}
