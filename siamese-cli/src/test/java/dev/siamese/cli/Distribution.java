package dev.siamese.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code bin/siamese} of the built distribution ({@code -Dsiamese.distribution}, which failsafe sets) run as a
 * process: what a user's shell sees.
 */
final class Distribution {
    private static final long TIMEOUT_S = 120;

    private Distribution() {
    }

    /** Runs {@code bin/siamese args} to its end, stdin empty; its exit code and what it printed. */
    static Cli run(String... args) {
        String home = System.getProperty("siamese.distribution");
        if (home == null) {
            fail("no -Dsiamese.distribution: run the ITs with mvn verify, after package has built the distribution");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(home, "bin", "siamese").toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("siamese-it", ".out");
            Path err = Files.createTempFile("siamese-it", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).redirectInput(new File("/dev/null"));
                builder.environment().put("OMP_NUM_THREADS", "1");
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + ": still running after " + TIMEOUT_S + " s");
                }
                return new Cli(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + ": cannot run (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs {@code bin/siamese args}, a user's mistake: exit code 2, one line on stderr, no stack trace, no stdout. */
    static Cli assertUserError(String... args) {
        return run(args).assertUserError("bin/siamese " + String.join(" ", args));
    }
}
