package dev.siamese.spec;

import dev.siamese.ExperimentException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the files a spec names may really lie: below the spec's folder, a folder the user allowed
 * ({@code siamese.allowedFolders}) or the real scans the user gave ({@code siamese.realData}). Checked on each file's
 * real path, symbolic links followed file by file, so that a folder inside the project holding links to files
 * elsewhere cannot publish them (as report thumbnails, or as the data set copied into the output folder).
 *
 * @param roots the folders, as given; their real paths are taken when a file is checked
 */
public record Confinement(List<Path> roots) {
    public Confinement {
        roots = List.copyOf(roots);
    }

    /** Below {@code first} or any of {@code others}. */
    public static Confinement of(Path first, List<Path> others) {
        List<Path> all = new ArrayList<>();
        all.add(first);
        all.addAll(others);
        return new Confinement(all);
    }

    /** Whether {@code path}'s real path (or, when it does not exist, its normal form) lies below a root. */
    public boolean contains(Path path) {
        Path real = realOrNormal(path);
        return roots.stream().anyMatch(root -> real.startsWith(realOrNormal(root)));
    }

    /**
     * {@code file}'s real path when it lies below a root; else an {@link ExperimentException} naming the file, where
     * it really is, and {@code what} may be read from.
     */
    public Path require(Path file, String what) {
        if (!contains(file)) {
            throw new ExperimentException(file + ": is " + realOrNormal(file) + " (a symbolic link followed), outside "
                    + "the folders " + what + " may read (the spec's folder, -Dsiamese.allowedFolders, "
                    + "-Dsiamese.realData): a spec may not read or publish files from elsewhere; allow that folder "
                    + "explicitly or copy the file");
        }
        return realOrNormal(file);
    }

    private static Path realOrNormal(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
