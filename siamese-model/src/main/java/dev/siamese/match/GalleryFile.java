package dev.siamese.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.AtomicWrite;
import dev.siamese.ExperimentException;
import dev.siamese.ResultsMapper;
import dev.siamese.distance.EmbeddingDistance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A gallery on disk: the 8 bytes {@code SIAMGAL1}, a big-endian int with the length of a UTF-8 JSON header
 * ({@code schemaVersion}, {@code modelSha256}, {@code distance}, {@code format}, {@code dimensions},
 * {@code entries}: {@code [{identity, source}]}), then the templates little-endian: float32 values row by row,
 * or for int8 one float32 scale per template followed by the codes row by row. Written atomically.
 */
public final class GalleryFile {
    public static final int SCHEMA_VERSION = 1;
    private static final byte[] MAGIC = "SIAMGAL1".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper MAPPER = ResultsMapper.MAPPER;
    private static final int CHUNK = 1 << 16;
    /** Far above a header of a million entries' names; a longer one is damage, not a gallery. */
    private static final int MAX_HEADER = 1 << 28;
    /** Far above any embedding's size. */
    private static final int MAX_DIMENSIONS = 1 << 16;

    private GalleryFile() {
    }

    record Header(int schemaVersion, String modelSha256, String distance, String format, int dimensions,
                  List<GalleryEntry> entries) {
    }

    public static void write(Path file, Gallery g) throws IOException {
        byte[] header = MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(new Header(SCHEMA_VERSION, g.modelSha256(), g.distance().jsonName(),
                        g.format().jsonName(), g.dimensions(), g.entries()));
        AtomicWrite.write(file, tmp -> {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, CHUNK))) {
                out.write(MAGIC);
                out.writeInt(header.length);
                out.write(header);
                if (g.format() == TemplateFormat.FLOAT32) {
                    writeFloats(out, g.floats());
                } else {
                    writeFloats(out, g.scales());
                    out.write(g.codes());
                }
            }
        });
    }

    /**
     * Reads a gallery; a missing file or one that is not a gallery is an {@link ExperimentException} naming it. Every
     * length is checked against the file's size and every count against the others before anything is allocated.
     */
    public static Gallery read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, CHUNK))) {
            long size = Files.size(file);
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new ExperimentException(file + ": not a gallery file (enroll one first)");
            }
            int headerLength = in.readInt();
            long afterHeader = size - MAGIC.length - Integer.BYTES - (long) headerLength;
            if (headerLength <= 0 || headerLength > MAX_HEADER || afterHeader < 0) {
                throw new ExperimentException(file + ": damaged gallery file: its header length " + headerLength
                        + " does not fit the file's " + size + " bytes");
            }
            byte[] headerBytes = new byte[headerLength];
            in.readFully(headerBytes);
            Header h = header(file, headerBytes);
            int n = h.entries().size();
            int e = h.dimensions();
            EmbeddingDistance distance = EmbeddingDistance.valueOf(h.distance().toUpperCase(Locale.ROOT));
            TemplateFormat format = TemplateFormat.fromJson(h.format());
            long expected = format == TemplateFormat.FLOAT32 ? (long) n * e * Float.BYTES
                    : (long) n * Float.BYTES + (long) n * e;
            if (expected != afterHeader) {
                throw new ExperimentException(file + ": damaged gallery file: " + n + " templates of " + e + " "
                        + h.format() + " values need " + expected + " bytes after the header, the file holds "
                        + afterHeader);
            }
            if ((long) n * e > Integer.MAX_VALUE - 8) {
                throw new ExperimentException(file + ": " + n + " templates of " + e + " values are more than one "
                        + "gallery can hold in memory; split it");
            }
            if (format == TemplateFormat.FLOAT32) {
                return Gallery.ofFloats(h.modelSha256(), distance, e, h.entries(), readFloats(in, n * e));
            }
            float[] scales = readFloats(in, n);
            byte[] codes = new byte[n * e];
            in.readFully(codes);
            return Gallery.ofCodes(h.modelSha256(), distance, e, h.entries(), codes, scales);
        } catch (NoSuchFileException e) {
            throw new ExperimentException(file + ": gallery not found");
        } catch (EOFException e) {
            throw new ExperimentException(file + ": gallery file is truncated");
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new ExperimentException(file + ": not a readable gallery file (" + ExperimentException.reason(e) + ")");
        }
    }

    /** The JSON header, every field there and in range; an {@link ExperimentException} naming the file if not. */
    private static Header header(Path file, byte[] bytes) throws IOException {
        Header h = MAPPER.readValue(bytes, Header.class);
        if (h.schemaVersion() != SCHEMA_VERSION) {
            throw new ExperimentException(file + ": gallery schemaVersion " + h.schemaVersion()
                    + " is unknown; this build reads " + SCHEMA_VERSION);
        }
        if (h.modelSha256() == null || h.distance() == null || h.format() == null || h.entries() == null
                || h.entries().stream().anyMatch(g -> g == null || g.identity() == null)) {
            throw new ExperimentException(file + ": damaged gallery file: its header lacks modelSha256, distance, "
                    + "format, entries or an entry's identity");
        }
        if (h.dimensions() < 1 || h.dimensions() > MAX_DIMENSIONS) {
            throw new ExperimentException(file + ": damaged gallery file: " + h.dimensions()
                    + " dimensions; a template has 1 to " + MAX_DIMENSIONS);
        }
        return h;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < values.length; from += CHUNK) {
            int len = Math.min(CHUNK, values.length - from);
            buf.clear();
            buf.asFloatBuffer().put(values, from, len);
            out.write(buf.array(), 0, len * 4);
        }
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] out = new float[count];
        byte[] bytes = new byte[CHUNK * 4];
        for (int from = 0; from < count; from += CHUNK) {
            int len = Math.min(CHUNK, count - from);
            in.readFully(bytes, 0, len * 4);
            ByteBuffer.wrap(bytes, 0, len * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out, from, len);
        }
        return out;
    }
}
