package dev.siamese.experiment;

import dev.siamese.ExperimentException;
import dev.siamese.results.Results;
import dev.siamese.sweep.SweepPoint;

import java.nio.file.Path;

/**
 * Runs one sweep point as any experiment is run: {@link ExperimentTraining} then {@link ExperimentEvaluation#score}
 * into the point's folder, which then holds the usual files. What every runner calls, in whatever JVM.
 */
public final class SweepPointRun {
    private SweepPointRun() {
    }

    public static Results run(SweepPoint point, Path sweepDirectory) {
        Path out = directory(sweepDirectory, point);
        new ExperimentTraining().run(point.spec(), out, progress -> { });
        return new ExperimentEvaluation().score(point.spec(), out);
    }

    /** Runs the point and turns any failure into an outcome: the user's mistake by its message, a bug by its type too. */
    public static PointOutcome attempt(SweepPoint point, Path sweepDirectory) {
        try {
            return PointOutcome.done(point.name(), run(point, sweepDirectory));
        } catch (ExperimentException e) {
            return PointOutcome.failed(point.name(), e.getMessage());
        } catch (RuntimeException | Error e) {
            return PointOutcome.failed(point.name(), e.toString());
        }
    }

    /** The point's folder: {@code <sweepDirectory>/<point name>}. */
    public static Path directory(Path sweepDirectory, SweepPoint point) {
        return sweepDirectory.resolve(point.name());
    }
}
