package dev.siamese.model;

import dev.siamese.AtomicWrite;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads a network as DL4J's {@code ModelSerializer} zip (configuration, parameters, updater
 * state) plus {@code siamese.json}. Every entry gets a fixed timestamp, so the same network always gives the
 * same bytes (ZipOutputStream would stamp the current time). Files are written beside their target and moved
 * into place, so a crash never leaves a half-written model.
 */
final class ModelFiles {
    static final String METADATA_ENTRY = "siamese.json";
    /** The pixels' SHA-256 of every image the network was trained on, one a line, sorted; absent when none. */
    static final String TRAINING_IMAGES_ENTRY = "training-images.txt";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelFiles() {
    }

    static void write(ComputationGraph graph, NetworkMetadata metadata, SortedSet<String> trainedOn, Path file)
            throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        ModelSerializer.writeModel(graph, raw, true);
        byte[] images = trainedOn.isEmpty() ? null
                : (String.join("\n", trainedOn) + "\n").getBytes(StandardCharsets.US_ASCII);
        AtomicWrite.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                normalise(raw.toByteArray(), MAPPER.writeValueAsBytes(metadata), images, out);
            }
        });
    }

    /** Copies the zip entry by entry with a fixed time and appends the metadata and training-image entries. */
    private static void normalise(byte[] zip, byte[] metadata, byte[] trainingImages, OutputStream target)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(METADATA_ENTRY) || e.getName().equals(TRAINING_IMAGES_ENTRY)) {
                    continue;
                }
                put(out, e.getName(), in.readAllBytes());
            }
            put(out, METADATA_ENTRY, metadata);
            if (trainingImages != null) {
                put(out, TRAINING_IMAGES_ENTRY, trainingImages);
            }
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        out.putNextEntry(entry);
        out.write(data);
        out.closeEntry();
    }

    static NetworkMetadata readMetadata(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(METADATA_ENTRY);
            if (e == null) {
                throw new IOException("no " + METADATA_ENTRY + " inside; not a model saved by this library");
            }
            try (InputStream in = zip.getInputStream(e)) {
                return MAPPER.readValue(in, NetworkMetadata.class);
            }
        }
    }

    /** The training images' SHA-256 recorded in the model; empty when it records none. */
    static Set<String> readTrainingImages(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(TRAINING_IMAGES_ENTRY);
            if (e == null) {
                return Set.of();
            }
            Set<String> out = new TreeSet<>();
            try (InputStream in = zip.getInputStream(e)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                    if (!line.matches("[0-9a-f]{64}")) {
                        throw new IOException(TRAINING_IMAGES_ENTRY + " holds a line that is no SHA-256: \""
                                + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "\"");
                    }
                    out.add(line);
                }
            }
            return out;
        }
    }

    static ComputationGraph readGraph(Path file) throws IOException {
        return ModelSerializer.restoreComputationGraph(file.toFile(), true);
    }
}
