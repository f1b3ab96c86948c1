package dev.siamese.experiment;

import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPoint;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs sweep points (in this JVM, in forked JVMs, on Spark), each into its own folder below
 * {@code sweepDirectory} with {@link SweepPointRun}. A failing point is an outcome, not an exception.
 */
public interface SweepExecutor {
    /** The outcome of each of {@code points}, in their order. */
    List<PointOutcome> run(SweepPlan plan, List<SweepPoint> points, Path sweepDirectory);
}
