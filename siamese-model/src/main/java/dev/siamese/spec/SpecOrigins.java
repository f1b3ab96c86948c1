package dev.siamese.spec;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Which file each JSON path of a merged spec came from, so that an error in a value inherited
 * through {@code "extends"} names the file that holds it.
 */
final class SpecOrigins {
    private final Path rootFile;
    private final Map<String, Path> byPath = new HashMap<>();

    SpecOrigins(Path rootFile) {
        this.rootFile = rootFile;
    }

    void record(String jsonPath, Path file) {
        byPath.put(jsonPath, file);
    }

    /** The file of the nearest recorded ancestor of {@code jsonPath}, else the root file. */
    Path fileOf(String jsonPath) {
        String p = jsonPath;
        while (true) {
            Path file = byPath.get(p);
            if (file != null) {
                return file;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return rootFile;
            }
            p = p.substring(0, cut);
        }
    }
}
