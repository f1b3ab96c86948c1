package dev.siamese.experiment;

import dev.siamese.sweep.SweepPlan;
import dev.siamese.sweep.SweepPoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the points one after the other in this JVM (the reference the other runners must match). */
public final class InProcessSweepExecutor implements SweepExecutor {
    @Override
    public List<PointOutcome> run(SweepPlan plan, List<SweepPoint> points, Path sweepDirectory) {
        List<PointOutcome> out = new ArrayList<>();
        for (SweepPoint p : points) {
            out.add(SweepPointRun.attempt(p, sweepDirectory));
        }
        return out;
    }
}
