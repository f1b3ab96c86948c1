package dev.siamese.model;

import dev.siamese.BoundedFiles;
import dev.siamese.ExperimentException;
import dev.siamese.ResultsMapper;
import org.deeplearning4j.util.ModelSerializer;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Whether a file is a model this library saved, told without the backend and before DL4J reads it: a zip holding
 * {@code configuration.json} (JSON), {@code coefficients.bin} (and maybe {@code updaterState.bin}) whose array
 * headers' lengths fit the entry and agree with their shapes, {@code siamese.json} with an image size a network can
 * have, and {@code training-images.txt} of SHA-256 lines when present; every entry read with a bound. A file that is
 * not gets one line naming it, so {@code train} refuses a text file given as {@code pretrained}'s {@code from} as
 * {@code evaluate} does, and no damaged file reaches DL4J's allocations.
 */
public final class ModelFileCheck {
    /** Largest {@code configuration.json} or {@code siamese.json} read: far above a real network's. */
    static final long MAX_JSON_ENTRY = 64L << 20;
    /** Largest {@code training-images.txt}: 65 bytes a line, for millions of images. */
    static final long MAX_TRAINING_IMAGES = 1L << 30;
    /** The largest image side a network takes, as a spec's {@code size}. */
    static final int MAX_SIDE = 4096;
    /** Bytes per element of ND4J's data types as {@code Nd4j.write} names them; others are not a network's. */
    private static final Map<String, Integer> ELEMENT_BYTES = Map.of("DOUBLE", 8, "FLOAT", 4, "HALF", 2,
            "BFLOAT16", 2, "LONG", 8, "INT", 4, "SHORT", 2, "BYTE", 1, "UBYTE", 1, "BOOL", 1);
    private static final int MAX_RANK = 32;

    private ModelFileCheck() {
    }

    /** The model's metadata, checked as above; an {@link ExperimentException} naming {@code file} otherwise. */
    public static NetworkMetadata check(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry configuration = require(zip, ModelSerializer.CONFIGURATION_JSON);
            ResultsMapper.MAPPER.readTree(entry(zip, configuration, MAX_JSON_ENTRY));
            arrays(zip, require(zip, ModelSerializer.COEFFICIENTS_BIN));
            ZipEntry updater = zip.getEntry(ModelSerializer.UPDATER_BIN);
            if (updater != null) {
                arrays(zip, updater);
            }
            NetworkMetadata metadata = metadata(zip);
            ModelFiles.trainingImages(zip);
            return metadata;
        } catch (NoSuchFileException e) {
            throw new ExperimentException(file + ": model not found");
        } catch (ZipException e) {
            throw new ExperimentException(file + ": not a model (not a zip file: " + ExperimentException.reason(e) + ")");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExperimentException) {
                throw (ExperimentException) e;
            }
            throw new ExperimentException(file + ": not a model saved by this library ("
                    + ExperimentException.reason(e) + ")");
        }
    }

    private static ZipEntry require(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new IOException("no " + name + " inside");
        }
        return e;
    }

    /** An entry's bytes, at most {@code max}. */
    static byte[] entry(ZipFile zip, ZipEntry e, long max) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return BoundedFiles.read(in, max, e.getName());
        }
    }

    private static NetworkMetadata metadata(ZipFile zip) throws IOException {
        ZipEntry e = require(zip, ModelFiles.METADATA_ENTRY);
        NetworkMetadata m = ModelFiles.parseMetadata(entry(zip, e, MAX_JSON_ENTRY));
        if (m.formatVersion() != NetworkMetadata.FORMAT_VERSION || m.layout() == null
                || m.height() < 1 || m.height() > MAX_SIDE || m.width() < 1 || m.width() > MAX_SIDE) {
            throw new IOException(ModelFiles.METADATA_ENTRY + " holds format " + m.formatVersion() + ", layout "
                    + m.layout() + ", size " + m.width() + "×" + m.height() + "; a model of this build has format "
                    + NetworkMetadata.FORMAT_VERSION + ", a layout and sides of 1 to " + MAX_SIDE);
        }
        return m;
    }

    /**
     * An entry of arrays as {@code Nd4j.write} stores them: a shape buffer then a data buffer, each its allocation
     * mode, length and type, then its elements. Each length must fit what the entry still holds, the shape must
     * count the data's elements, and nothing may follow.
     */
    private static void arrays(ZipFile zip, ZipEntry e) throws IOException {
        try (DataInputStream in = new DataInputStream(zip.getInputStream(e))) {
            long[] shape = readShapeInfo(in, e.getName());
            long elements = 1;
            int rank = (int) shape[0];
            for (int i = 1; i <= rank; i++) {
                if (shape[i] < 0 || (shape[i] > 0 && elements > Long.MAX_VALUE / shape[i])) {
                    throw new IOException(e.getName() + ": shape " + shape[i] + " out of range");
                }
                elements *= shape[i];
            }
            long length = bufferLength(in, e.getName());
            if (length != elements) {
                throw new IOException(e.getName() + ": its shape counts " + elements + " values, its data " + length);
            }
            if (in.read() >= 0) {
                throw new IOException(e.getName() + ": bytes after its arrays");
            }
        } catch (EOFException end) {
            throw new IOException(e.getName() + ": ends early");
        }
    }

    private static long[] readShapeInfo(DataInputStream in, String name) throws IOException {
        in.readUTF(); // allocation mode
        long length = in.readLong();
        String type = in.readUTF();
        if (!type.equals("LONG") || length < 4 || length > 2L * MAX_RANK + 4) {
            throw new IOException(name + ": not an array's shape (" + length + " values of " + type + ")");
        }
        long[] info = new long[(int) length];
        for (int i = 0; i < length; i++) {
            info[i] = in.readLong();
        }
        if (info[0] < 0 || info[0] > MAX_RANK || length != 2 * info[0] + 4) {
            throw new IOException(name + ": rank " + info[0] + " does not match its shape's " + length + " values");
        }
        return info;
    }

    /** Reads a data buffer's header and skips its elements, which must all be there. */
    private static long bufferLength(DataInputStream in, String name) throws IOException {
        in.readUTF(); // allocation mode
        long length = in.readLong();
        String type = in.readUTF();
        Integer bytes = ELEMENT_BYTES.get(type);
        if (bytes == null || length < 0 || length > Long.MAX_VALUE / bytes) {
            throw new IOException(name + ": not an array's data (" + length + " values of " + type + ")");
        }
        in.skipNBytes(length * bytes); // EOFException when the entry holds fewer
        return length;
    }
}
