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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelFiles() {
    }

    static void write(ComputationGraph graph, NetworkMetadata metadata, Path file) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        ModelSerializer.writeModel(graph, raw, true);
        AtomicWrite.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                normalise(raw.toByteArray(), MAPPER.writeValueAsBytes(metadata), out);
            }
        });
    }

    /** Copies the zip entry by entry with a fixed time and appends the metadata entry. */
    private static void normalise(byte[] zip, byte[] metadata, OutputStream target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(METADATA_ENTRY)) {
                    continue;
                }
                put(out, e.getName(), in.readAllBytes());
            }
            put(out, METADATA_ENTRY, metadata);
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

    static ComputationGraph readGraph(Path file) throws IOException {
        return ModelSerializer.restoreComputationGraph(file.toFile(), true);
    }
}
