package dev.siamese;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every fuzz test of a file reader checks: the reader, handed any bytes as a file, returns what it read or
 * throws an {@link ExperimentException} of one line that names the file. Anything else (another exception, an
 * error such as "Requested array size exceeds VM limit", a hang) is a finding.
 */
public final class FuzzedFile {
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("siamese-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file. */
    @FunctionalInterface
    public interface Reader {
        void read(Path file) throws Exception;
    }

    private FuzzedFile() {
    }

    /** A fresh folder for one input's files (emptied of the last input's). */
    public static Path folder(String name) {
        Path dir = DIR.resolve(name);
        TempFiles.deleteRecursively(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} as {@code name} in a fresh folder and hands it to {@code reader}. */
    public static void check(byte[] bytes, String name, Reader reader) throws Exception {
        Path file = folder("input").resolve(name);
        Files.write(file, bytes);
        check(file, reader);
    }

    /** Hands {@code file} to {@code reader}: a value, or a one-line {@link ExperimentException} naming the file. */
    public static void check(Path file, Reader reader) throws Exception {
        try {
            reader.read(file);
        } catch (ExperimentException e) {
            String m = e.getMessage();
            assertTrue(m != null && m.contains(file.getFileName().toString()), "the message names the file: " + m);
            assertFalse(m.contains("\n"), "one line: " + m);
        }
    }
}
