package dev.siamese.results;

import dev.siamese.SiameseVersion;
import dev.siamese.engine.BackendInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a result was computed. Kept apart from the deterministic part of results: the same spec on
 * another machine gives other values here.
 *
 * @param dl4j    the Deeplearning4j version the library was built against (from the jar, not typed twice)
 * @param siamese this library's version
 */
public record Environment(String java, String dl4j, String backend, String nativeBuild, String cpuLevel, int threads,
                          boolean oneDnnHelpers, String os, String cpu, int cores, String siamese) {

    /**
     * The environment of this JVM; {@code backend} null when no ND4J backend was loaded (SourceAFIS), which
     * leaves {@code dl4j}, {@code backend}, {@code nativeBuild} and {@code cpuLevel} null and sets
     * {@code threads} to the processors SourceAFIS uses.
     */
    public static Environment capture(BackendInfo backend) {
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String java = System.getProperty("java.vendor") + " " + System.getProperty("java.version");
        int cores = Runtime.getRuntime().availableProcessors();
        if (backend == null) {
            return new Environment(java, null, null, null, null, cores, false, os, cpuModel().orElse("unknown"), cores,
                    SiameseVersion.siamese());
        }
        return new Environment(java, SiameseVersion.dl4j(), backend.name(), backend.nativeBuild(), backend.cpuLevel(),
                backend.ompThreads(), backend.oneDnnHelpers(), os, cpuModel().orElse("unknown"), cores,
                SiameseVersion.siamese());
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
