package dev.siamese;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file we or a user hand the library only when its size is one the format can have, so that a damaged or
 * hostile file ends in one line naming it, never in "Requested array size exceeds VM limit". The limits lie far
 * above what a real file of each kind holds.
 */
public final class BoundedFiles {
    /** A spec, a sweep spec, {@code matcher.json}, a manifest, {@code history.json}: small files people or we write. */
    public static final long SMALL_JSON = 64L << 20;
    /** {@code results.json}, {@code scores.json}, {@code pairs.json}, {@code diagnostics.json}: one entry per pair or layer. */
    public static final long LARGE_JSON = 1L << 30;

    private BoundedFiles() {
    }

    /** The file's bytes; an {@link IOException} saying so when it holds more than {@code maxBytes}. */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(tooLarge(size, maxBytes));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8) + 1);
            if (bytes.length > maxBytes) { // it grew while read
                throw new IOException(tooLarge(bytes.length, maxBytes));
            }
            return bytes;
        }
    }

    /**
     * The JSON file as {@code type}, read with {@link #read(Path, long)}; a file holding {@code null} is refused as
     * a parser refuses a file of another shape (both {@link JsonProcessingException}), never returned as null.
     */
    public static <T> T readJson(ObjectMapper mapper, Path file, long maxBytes, Class<T> type) throws IOException {
        T value;
        try {
            value = mapper.readValue(read(file, maxBytes), type);
        } catch (CharConversionException e) {
            // bytes that decode in no Unicode encoding Jackson detects: not JSON, as a parse error says
            throw new JsonParseException(null, "not text in UTF-8, UTF-16 or UTF-32: " + e.getMessage());
        }
        if (value == null) {
            throw MismatchedInputException.from(null, type, "null where an object belongs");
        }
        return value;
    }

    /** Reads at most {@code maxBytes} of {@code in}; an {@link IOException} when it holds more. */
    public static byte[] read(InputStream in, long maxBytes, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8) + 1);
        if (bytes.length > maxBytes) {
            throw new IOException(what + " holds more than the " + maxBytes + " bytes it can have");
        }
        return bytes;
    }

    private static String tooLarge(long size, long maxBytes) {
        return size + " bytes, more than the " + maxBytes + " such a file can have";
    }
}
