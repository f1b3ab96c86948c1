package dev.siamese.maven.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The CPU's feature flags (Linux's {@code /proc/cpuinfo}), to pick the native build the fork needs. */
final class CpuFeatures {
    private CpuFeatures() {
    }

    /** The flags of the first processor, or null where they cannot be read. */
    static Set<String> read() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return new HashSet<>(Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
