package dev.siamese.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Mojos read parameters and call the library: none grows past {@value #MOST_LINES} lines (the house rule). */
class ThinMojosTest {
    static final int MOST_LINES = 100;

    @Test
    void everyMojoIsThin() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> thick = files.filter(f -> f.getFileName().toString().endsWith("Mojo.java"))
                    .filter(f -> lines(f) > MOST_LINES).map(f -> f.getFileName() + ": " + lines(f) + " lines").toList();
            assertEquals(List.of(), thick, "move their work to the library's experiment package");
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
