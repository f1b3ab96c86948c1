package dev.siamese.report;

import dev.siamese.AtomicWrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report beside its final place and moves it there whole: never a half-written page. */
final class ReportFiles {
    private ReportFiles() {
    }

    static Path write(Path file, String text) {
        try {
            AtomicWrite.write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
