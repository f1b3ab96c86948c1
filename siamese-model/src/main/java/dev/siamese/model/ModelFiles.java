package dev.siamese.model;

import dev.siamese.AtomicWrite;
import dev.siamese.engine.FormerClassNames;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
 * into place, so a crash never leaves a half-written model. A model whose configuration names the engine's classes
 * by their former names ({@link FormerClassNames}) is read with the current ones.
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
        LinkedHashMap<String, byte[]> ours = new LinkedHashMap<>();
        ours.put(METADATA_ENTRY, MAPPER.writeValueAsBytes(metadata));
        if (images != null) {
            ours.put(TRAINING_IMAGES_ENTRY, images);
        }
        AtomicWrite.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                copy(raw.toByteArray(), ours, out);
            }
        });
    }

    /**
     * Copies the zip entry by entry with a fixed time, the entries named in {@code replacing} with their bytes there
     * instead; those the zip lacks are appended in {@code replacing}'s order.
     */
    private static void copy(byte[] zip, LinkedHashMap<String, byte[]> replacing, OutputStream target)
            throws IOException {
        Map<String, byte[]> pending = new LinkedHashMap<>(replacing);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] replaced = pending.remove(e.getName());
                put(out, e.getName(), replaced != null ? replaced : in.readAllBytes());
            }
            for (Map.Entry<String, byte[]> e : pending.entrySet()) {
                put(out, e.getKey(), e.getValue());
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
            return parseMetadata(ModelFileCheck.entry(zip, e, ModelFileCheck.MAX_JSON_ENTRY));
        }
    }

    static NetworkMetadata parseMetadata(byte[] json) throws IOException {
        return MAPPER.readValue(json, NetworkMetadata.class);
    }

    /** The training images' SHA-256 recorded in the model; empty when it records none. */
    static Set<String> readTrainingImages(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return trainingImages(zip);
        }
    }

    /** {@value #TRAINING_IMAGES_ENTRY} of an open model zip, each line checked; empty when absent. */
    static Set<String> trainingImages(ZipFile zip) throws IOException {
        ZipEntry e = zip.getEntry(TRAINING_IMAGES_ENTRY);
        if (e == null) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        byte[] bytes = ModelFileCheck.entry(zip, e, ModelFileCheck.MAX_TRAINING_IMAGES);
        for (String line : new String(bytes, StandardCharsets.US_ASCII).split("\n")) {
            if (!line.matches("[0-9a-f]{64}")) {
                throw new IOException(TRAINING_IMAGES_ENTRY + " holds a line that is no SHA-256: \""
                        + (line.length() > 80 ? line.substring(0, 80) + "…" : line).replaceAll("\\p{Cntrl}", "?") + "\"");
            }
            out.add(line);
        }
        return out;
    }

    static ComputationGraph readGraph(Path file) throws IOException {
        Optional<byte[]> renamed = withCurrentClassNames(file);
        return renamed.isPresent()
                ? ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(renamed.get()), true)
                : ModelSerializer.restoreComputationGraph(file.toFile(), true);
    }

    /** The model with its configuration's former class names replaced by the current ones; empty when it names none. */
    private static Optional<byte[]> withCurrentClassNames(Path file) throws IOException {
        String json;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(ModelSerializer.CONFIGURATION_JSON);
            if (e == null) {
                return Optional.empty(); // DL4J says what is missing
            }
            try (InputStream in = zip.getInputStream(e)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        String current = FormerClassNames.current(json);
        if (current.equals(json)) {
            return Optional.empty();
        }
        LinkedHashMap<String, byte[]> configuration = new LinkedHashMap<>();
        configuration.put(ModelSerializer.CONFIGURATION_JSON, current.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(Files.readAllBytes(file), configuration, out);
        return Optional.of(out.toByteArray());
    }
}
