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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs training or evaluation in a separate JVM, as Surefire runs tests: native libraries load there and
 * not in Maven's JVM (two backends in one JVM fail), and the user sizes its memory with {@code jvmArgs}.
 * Its log lines are relayed to the build log; a build interrupted with Ctrl-C stops it, a build killed with
 * {@code kill -9} too (the fork sees its standard input close), and so does a timeout.
 */
public final class ForkedRun {
    private final Log log;
    private final List<File> classpath;
    private final List<String> jvmArgs;
    private final Map<String, String> environment;
    private final int timeoutSeconds;

    /** @param timeoutSeconds stop the fork and fail after this long; 0: no limit */
    public ForkedRun(Log log, List<File> classpath, List<String> jvmArgs, Map<String, String> environment,
                     int timeoutSeconds) {
        this.log = log;
        this.classpath = classpath;
        this.jvmArgs = jvmArgs;
        this.environment = environment;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * The fork of a goal: {@code jvmArgs} split at white space, then {@code passedOn} (the goal's own settings as
     * system properties), {@code threads} (when given) as its {@code OMP_NUM_THREADS}.
     */
    public static ForkedRun of(Log log, List<File> classpath, String jvmArgs, Integer threads, List<String> passedOn,
                               int timeoutSeconds) {
        Map<String, String> environment = new HashMap<>();
        if (threads != null) {
            environment.put("OMP_NUM_THREADS", threads.toString());
        }
        List<String> args = new ArrayList<>(splitArgs(jvmArgs));
        args.addAll(passedOn);
        return new ForkedRun(log, classpath, args, environment, timeoutSeconds);
    }

    /** JVM arguments written as one string, separated by white space. */
    public static List<String> splitArgs(String args) {
        return args == null || args.isBlank() ? List.of() : Arrays.asList(args.trim().split("\\s+"));
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
        // "Assigning a size of zero…", logged for every network DL4J builds, concerns model import only.
        command.add("-Dorg.slf4j.simpleLogger.log.org.deeplearning4j.nn.conf.inputs.InputType=error");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(File::getPath).toList()));
        command.add(ForkedMain.class.getName());
        command.add(task);
        command.addAll(arguments);
        log.debug("Forking: " + String.join(" ", command));

        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(ForkEnvironment.of(environment, System.getenv()));
        // Standard input stays a pipe that is never written: it closes when this JVM ends, however it ends,
        // and the fork then stops (ParentWatch).
        Process process = builder.start();
        Thread stopper = new Thread(process::destroy, "siamese-stop-fork");
        Runtime.getRuntime().addShutdownHook(stopper);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "siamese-fork-timeout");
            t.setDaemon(true);
            return t;
        });
        if (timeoutSeconds > 0) {
            timer.schedule(() -> {
                timedOut.set(true);
                process.destroyForcibly();
            }, timeoutSeconds, TimeUnit.SECONDS);
        }
        boolean sawOutput = false;
        ExperimentException failure = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = readLine(in, process)) != null) {
                if (line.startsWith(ForkProtocol.EPOCH)) {
                    listener.onEpoch(ForkProtocol.parseEpoch(line));
                    continue;
                }
                if (line.startsWith(ForkProtocol.FAILURE)) {
                    failure = ForkProtocol.parseFailure(line.substring(ForkProtocol.FAILURE.length()));
                    continue;
                }
                relay(line);
                sawOutput = true;
            }
            int exit = process.waitFor();
            if (timedOut.get()) {
                throw new ExperimentException("the forked " + task + " JVM ran longer than forkedProcessTimeoutInSeconds ("
                        + timeoutSeconds + " s) and was stopped");
            }
            if (exit == ForkProtocol.USER_ERROR_EXIT && failure != null) {
                throw failure;
            }
            if (exit != 0) {
                // Its output, the stack trace included, was relayed to the log above: not repeated here.
                throw new IllegalStateException("the forked " + task + " JVM exited with code " + exit
                        + (sawOutput ? "; its output is above" : " without output"));
            }
        } finally {
            timer.shutdownNow();
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

    /**
     * The fork's next line, or null at its end. A fork that was just killed (timeout, Ctrl-C) can make the
     * JDK close its pipe under a blocked read ("Stream closed"): that is the end of its output too.
     */
    static String readLine(BufferedReader in, Process process) throws IOException, InterruptedException {
        try {
            return in.readLine();
        } catch (IOException e) {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                return null;
            }
            throw e;
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
