package dev.siamese.maven.fork;

import dev.siamese.ExperimentException;
import dev.siamese.experiment.ExperimentEvaluation;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.spec.RealData;
import dev.siamese.experiment.ExperimentTraining;
import dev.siamese.experiment.SweepPointRun;
import dev.siamese.spec.SweepSpecReader;
import dev.siamese.sweep.SweepPlanner;
import dev.siamese.sweep.SweepPoint;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the forked JVM: {@code ForkedMain train|evaluate <experiment.json> <output folder>}, or
 * {@code ForkedMain point <sweep.json> <point> <sweep folder>} for one point of a sweep.
 * Runs the library's {@link ExperimentTraining} or {@link ExperimentEvaluation} and reports on standard
 * output in the {@link ForkProtocol}. Standard output is the channel to the build here, which is why
 * this class, unlike the library, prints. It stops when its standard input closes: the build is gone.
 */
public final class ForkedMain {
    /** The folders a spec's {@code dataset.folder} may read besides its own, comma-separated; the fork gets it too. */
    public static final String ALLOWED_FOLDERS_PROPERTY = "siamese.allowedFolders";

    /** {@code point <sweep.json> <point name> <sweep folder>}: trains and evaluates one sweep point. */
    static final String POINT_TASK = "point";

    private ForkedMain() {
    }

    /**
     * The folder of real scans given as {@value RealData#PROPERTY}, or null when none was (unset, blank, or an
     * unexpanded {@code ${...}} that a build passed on without a value).
     */
    public static Path realData(String given) {
        return given == null || given.isBlank() || given.startsWith("${") ? null : Path.of(given.trim());
    }

    /** Reads a spec with the folders of this JVM's allowed-folders and real-data properties. */
    static ExperimentSpecReader specReader() {
        return new ExperimentSpecReader(folders(System.getProperty(ALLOWED_FOLDERS_PROPERTY)),
                realData(System.getProperty(RealData.PROPERTY)));
    }

    /** The comma-separated folders of {@link #ALLOWED_FOLDERS_PROPERTY}; none for null or blank. */
    public static List<Path> folders(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(f -> !f.isEmpty())
                .map(Path::of).toList();
    }

    /** The JVM arguments a forked JVM needs to read specs as the goal does: its allowed folders and real data. */
    public static List<String> properties(String allowedFolders, String realData) {
        List<String> properties = new ArrayList<>();
        if (allowedFolders != null && !allowedFolders.isBlank()) {
            properties.add("-D" + ALLOWED_FOLDERS_PROPERTY + "=" + allowedFolders);
        }
        Path folder = realData(realData);
        if (folder != null) {
            properties.add("-D" + RealData.PROPERTY + "=" + folder);
        }
        return properties;
    }

    private static int runPoint(PrintStream out, Path sweep, String point, Path sweepDirectory) {
        try {
            SweepPoint p = new SweepPlanner().plan(new SweepSpecReader().read(sweep)).point(point);
            SweepPointRun.run(p, sweepDirectory);
            return 0;
        } catch (ExperimentException e) {
            out.println(ForkProtocol.failureLine(e));
            return ForkProtocol.USER_ERROR_EXIT;
        } catch (Throwable t) {
            t.printStackTrace(out);
            return 1;
        } finally {
            out.flush();
        }
    }

    /**
     * Watches the build first, whatever the task (train, evaluate, a sweep point, anything added later): a fork
     * whose build is gone stops before it writes anything more.
     */
    public static void main(String[] args) {
        ParentWatch.exitWhenInputCloses(System.in, ForkProtocol.PARENT_GONE_EXIT);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(out, args));
    }

    /** Runs the task {@code args} name and returns the exit code, having reported in the {@link ForkProtocol}. */
    static int run(PrintStream out, String[] args) {
        if (args.length == 4 && args[0].equals(POINT_TASK)) {
            return runPoint(out, Path.of(args[1]), args[2], Path.of(args[3]));
        }
        if (args.length != 3 || !(args[0].equals("train") || args[0].equals("evaluate"))) {
            out.println(ForkProtocol.failureLine(new ExperimentException(
                    "usage: ForkedMain train|evaluate <experiment.json> <output folder>, or ForkedMain point "
                            + "<sweep.json> <point> <sweep folder>")));
            return ForkProtocol.USER_ERROR_EXIT;
        }
        int exit = 0;
        try {
            ExperimentSpec spec = specReader().read(Path.of(args[1]));
            Path outputDirectory = Path.of(args[2]);
            if (args[0].equals("train")) {
                new ExperimentTraining().run(spec, outputDirectory,
                        progress -> out.println(ForkProtocol.epochLine(progress)));
            } else {
                new ExperimentEvaluation().score(spec, outputDirectory);
            }
        } catch (ExperimentException e) {
            out.println(ForkProtocol.failureLine(e));
            exit = ForkProtocol.USER_ERROR_EXIT;
        } catch (Throwable t) {
            t.printStackTrace(out);
            exit = 1;
        }
        out.flush();
        return exit;
    }
}
