package dev.siamese.sweep;

import dev.siamese.report.SweepComparison;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepComparisonTest {
    private static SweepSummary sweep(List<Double> accuracy) {
        return new SweepSummary(1, "x", Aggregate.INTERVAL_METHOD, List.of(new PointSummary("p", Map.of(),
                List.of(1L, 2L, 3L, 4L, 5L), List.of(), Map.of("validation.accuracy", Aggregate.of(accuracy)))));
    }

    private static SweepComparison.Row row(List<Double> baseline, List<Double> current) {
        return SweepComparison.compare(sweep(current), sweep(baseline), List.of("validation.accuracy")).get(0);
    }

    @Test
    void aDropWithinTheSeedsNoiseIsNoRegression() {
        SweepComparison.Row r = row(List.of(0.90, 0.95, 0.85, 0.92, 0.88), List.of(0.89, 0.93, 0.84, 0.91, 0.86));
        assertTrue(r.change().regressed(0.0), "worse beyond a tolerance of 0");
        assertTrue(r.p() > 0.05, "but well within the seeds' spread: p = " + r.p());
        assertFalse(r.regressed(0.0));
    }

    @Test
    void aClearDropBeyondToleranceIsARegression() {
        SweepComparison.Row r = row(List.of(0.95, 0.96, 0.94, 0.95, 0.96), List.of(0.80, 0.81, 0.79, 0.80, 0.82));
        assertTrue(r.p() < 1e-6, "p = " + r.p());
        assertTrue(r.regressed(0.05));
        assertFalse(r.regressed(0.2), "a significant change within the tolerance is no regression");
        assertTrue(r.describe(0.05).startsWith("p validation.accuracy 0.952 → 0.804 (−0.148, tolerance 0.05, Welch p = "), r.describe(0.05));
    }

    @Test
    void exactSidesAndSingleSeeds() {
        assertEquals(0.0, row(List.of(1.0, 1.0), List.of(0.5, 0.5)).p());
        assertEquals(1.0, row(List.of(1.0, 1.0), List.of(1.0, 1.0)).p());
        assertNull(row(List.of(1.0), List.of(0.5, 0.5)).p());
        assertFalse(row(List.of(1.0), List.of(0.5, 0.5)).regressed(0), "no uncertainty to judge: no regression");
    }
}
