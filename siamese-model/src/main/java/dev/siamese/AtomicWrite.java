package dev.siamese;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that nobody ever sees half of it: into a temporary file beside it, then moved into
 * place in one step. A crash or Ctrl-C leaves the old file or none, never a torn one. The result is
 * readable by all (rw-r--r--), as other build output; temporary files start private.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** Fills a temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path tmp) throws IOException;
    }

    public static void write(Path file, Content content) throws IOException {
        Path tmp = TempFiles.createFileBeside(file);
        try {
            content.writeTo(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
