package dev.siamese.experiment;

import dev.siamese.SiameseVersion;
import dev.siamese.engine.BackendInfo;
import dev.siamese.results.Environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine and JVM an evaluation runs on, as results.json records them ({@link Environment}). */
final class Machine {
    private Machine() {
    }

    /**
     * The environment of this JVM; {@code backend} null when no ND4J backend was loaded (SourceAFIS), which
     * leaves {@code dl4j}, {@code backend}, {@code nativeBuild} and {@code cpuLevel} null and sets
     * {@code threads} to the processors SourceAFIS uses.
     */
    static Environment capture(BackendInfo backend) {
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
