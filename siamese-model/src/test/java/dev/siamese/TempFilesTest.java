package dev.siamese;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temporary files left by a killed build go at the next start; a live build's stay; all readable by all. */
class TempFilesTest {
    @TempDir
    Path dir;

    @Test
    void removesOnlyTemporaryFilesOfProcessesThatAreGone() throws IOException, InterruptedException {
        Process dead = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        dead.waitFor();
        long gone = dead.pid();
        long alive = ProcessHandle.current().pid();
        Path staleModel = Files.writeString(dir.resolve("model.zip." + gone + ".123456789.tmp"), "half");
        Path staleDataset = Files.createDirectories(dir.resolve("dataset." + gone + ".987.tmp"));
        Files.writeString(staleDataset.resolve("A_00.bmp"), "x");
        Files.createDirectories(dir.resolve("dataset"));
        Path staleInside = Files.writeString(dir.resolve("dataset/manifest.json." + gone + ".5.tmp"), "x");
        Path live = Files.writeString(dir.resolve("history.json." + alive + ".42.tmp"), "being written");
        Path user = Files.writeString(dir.resolve("notes.tmp"), "not ours");

        List<Path> removed = TempFiles.cleanStale(dir);

        assertEquals(3, removed.size(), removed.toString());
        assertFalse(Files.exists(staleModel));
        assertFalse(Files.exists(staleDataset));
        assertFalse(Files.exists(staleInside));
        assertTrue(Files.exists(live), "a running build's temporary file stays");
        assertTrue(Files.exists(user), "a file of another naming stays");
    }

    @Test
    void temporaryAndFinalFilesAndFoldersAreReadableByAll() throws IOException {
        Path file = dir.resolve("out/results.json");
        AtomicWrite.write(file, tmp -> {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp)));
            Files.writeString(tmp, "{}");
        });
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path folder = TempFiles.createFolderBeside(dir.resolve("out/dataset"));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertTrue(TempFiles.cleanStale(dir.resolve("out")).isEmpty(), "this process is alive");
    }
}
