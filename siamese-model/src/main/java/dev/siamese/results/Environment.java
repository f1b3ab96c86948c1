package dev.siamese.results;

import dev.siamese.model.BackendInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a result was computed. Kept apart from the deterministic part of results: the same spec on
 * another machine gives other values here.
 */
public record Environment(String java, String dl4j, String backend, String nativeBuild, String cpuLevel, int threads,
                          boolean oneDnnHelpers, String os, String cpu, int cores) {
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    public static Environment capture(BackendInfo backend) {
        return new Environment(System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
                DL4J_VERSION, backend.name(), backend.nativeBuild(), backend.cpuLevel(), backend.ompThreads(),
                backend.oneDnnHelpers(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                cpuModel().orElse("unknown"), Runtime.getRuntime().availableProcessors());
    }

    private static Optional<String> cpuModel() {
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (!Files.isReadable(info)) {
                return Optional.empty();
            }
            return Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
