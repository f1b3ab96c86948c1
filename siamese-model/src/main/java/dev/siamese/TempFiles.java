package dev.siamese;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names and cleans the temporary files of this library. Every temporary file or folder is named
 * {@code <final name>.<pid>.<random>.tmp}, {@code pid} being the process that writes it; a killed build
 * (kill -9, power cut) leaves such names behind, and {@link #cleanStale} removes those of processes that are
 * no longer alive, so two builds running at once in one folder leave each other's alone. Temporary files are
 * readable by all, as the files they become.
 */
public final class TempFiles {
    private static final Logger LOG = LoggerFactory.getLogger(TempFiles.class);
    private static final Pattern OURS = Pattern.compile("^.+\\.(\\d+)\\.\\d+\\.tmp$");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");

    private TempFiles() {
    }

    /** A new empty temporary file beside {@code target}, readable by all. */
    public static Path createFileBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return readableByAll(Files.createTempFile(dir, prefix(target), ".tmp"), "rw-r--r--");
    }

    /** A new empty temporary folder beside {@code target}, readable by all. */
    public static Path createFolderBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        while (true) {
            Path named = dir.resolve(prefix(target) + (ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                return readableByAll(Files.createDirectory(named), "rwxr-xr-x");
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    /**
     * Removes the temporary files and folders of this library's naming, directly in {@code dir} and in its
     * sub-folders one level down, whose writing process is gone; returns what it removed.
     */
    public static List<Path> cleanStale(Path dir) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> top = Files.list(dir)) {
            for (Path p : top.toList()) {
                candidates.add(p);
                if (Files.isDirectory(p) && !isStale(p)) {
                    try (Stream<Path> inner = Files.list(p)) {
                        candidates.addAll(inner.toList());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        for (Path p : candidates) {
            if (isStale(p)) {
                deleteRecursively(p);
                removed.add(p);
            }
        }
        if (!removed.isEmpty()) {
            LOG.info("Removed {} temporary file(s) left by a build that was killed: {}", removed.size(), removed);
        }
        return removed;
    }

    /** Whether {@code p} is named as this library's temporary files and its process is gone. */
    static boolean isStale(Path p) {
        Matcher m = OURS.matcher(p.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isEmpty() || !process.get().isAlive();
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static String prefix(Path target) {
        return target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    }

    /** Sets the permissions explicitly: whatever the umask, build output is readable by all. */
    private static Path readableByAll(Path p, String permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
        }
        return p;
    }
}
