package dev.siamese.maven.fork;

import dev.siamese.ExperimentException;
import dev.siamese.train.TrainingListener;
import org.apache.maven.plugin.logging.Log;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Runs training or evaluation in a separate JVM, as Surefire runs tests: native libraries load there and
 * not in Maven's JVM (two backends in one JVM fail), and the user sizes its memory with {@code jvmArgs}.
 * Its log lines are relayed to the build log; a build interrupted with Ctrl-C stops it.
 */
public final class ForkedRun {
    private static final int TAIL_LINES = 40;

    private final Log log;
    private final List<File> classpath;
    private final List<String> jvmArgs;
    private final Map<String, String> environment;

    public ForkedRun(Log log, List<File> classpath, List<String> jvmArgs, Map<String, String> environment) {
        this.log = log;
        this.classpath = classpath;
        this.jvmArgs = jvmArgs;
        this.environment = environment;
    }

    /**
     * Runs {@code task} ("train" or "evaluate") on {@code spec} into {@code outputDirectory}; a user mistake
     * reported by the fork is rethrown as an {@link ExperimentException}.
     */
    public void run(String task, Path spec, Path outputDirectory, TrainingListener listener)
            throws IOException, InterruptedException {
        run(task, List.of(spec.toString(), outputDirectory.toString()), listener);
    }

    /** Runs {@code task} with its arguments (see {@link ForkedMain}); a user mistake is rethrown as an {@link ExperimentException}. */
    public void run(String task, List<String> arguments, TrainingListener listener)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Dorg.slf4j.simpleLogger.logFile=System.out");
        command.add("-Dorg.slf4j.simpleLogger.showThreadName=false");
        command.add("-Dorg.slf4j.simpleLogger.showLogName=false");
        command.add("-Dorg.slf4j.simpleLogger.levelInBrackets=true");
        command.add("-Dorg.slf4j.simpleLogger.log.org.nd4j=warn");
        command.add("-Dorg.slf4j.simpleLogger.log.org.deeplearning4j=warn");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(File::getPath).toList()));
        command.add(ForkedMain.class.getName());
        command.add(task);
        command.addAll(arguments);
        log.debug("Forking: " + String.join(" ", command));

        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Thread stopper = new Thread(process::destroy, "siamese-stop-fork");
        Runtime.getRuntime().addShutdownHook(stopper);
        Deque<String> tail = new ArrayDeque<>();
        String failure = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(ForkProtocol.EPOCH)) {
                    listener.onEpoch(ForkProtocol.parseEpoch(line));
                    continue;
                }
                if (line.startsWith(ForkProtocol.FAILURE)) {
                    failure = line.substring(ForkProtocol.FAILURE.length());
                    continue;
                }
                relay(line);
                tail.addLast(line);
                if (tail.size() > TAIL_LINES) {
                    tail.removeFirst();
                }
            }
            int exit = process.waitFor();
            if (exit == ForkProtocol.USER_ERROR_EXIT && failure != null) {
                throw new ExperimentException(failure);
            }
            if (exit != 0) {
                throw new IllegalStateException("the forked " + task + " JVM exited with code " + exit
                        + (tail.isEmpty() ? "" : "; its last lines:\n" + String.join("\n", tail)));
            }
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping; the hook runs
            }
        }
    }

    private void relay(String line) {
        if (line.startsWith("[WARN] ")) {
            log.warn(line.substring(7));
        } else if (line.startsWith("[ERROR] ")) {
            log.error(line.substring(8));
        } else if (line.startsWith("[INFO] ")) {
            log.info(line.substring(7));
        } else if (line.startsWith("[DEBUG] ")) {
            log.debug(line.substring(8));
        } else {
            log.info(line);
        }
    }
}
