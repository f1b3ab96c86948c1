package dev.siamese.sweep;

import dev.siamese.results.CheckReport;
import dev.siamese.spec.AggregateExpectation;
import dev.siamese.spec.AggregateExpectation.Statistic;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AggregateTest {
    @Test
    void meanStdAndStudentTInterval() {
        Aggregate a = Aggregate.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        assertEquals(5, a.n());
        assertEquals(3.0, a.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), a.std(), 1e-12); // sample std (n − 1)
        assertEquals(1.0, a.min());
        assertEquals(5.0, a.max());
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5); // t(0.975, 4) from tables: 2.7764
        assertEquals(3.0 - half, a.ciLow(), 1e-9);
        assertEquals(3.0 + half, a.ciHigh(), 1e-9);
    }

    @Test
    void undefinedSeedsDoNotCountAndOneValueHasNoInterval() {
        Aggregate a = Aggregate.of(Arrays.asList(0.5, null, Double.NaN));
        assertEquals(1, a.n());
        assertEquals(0.5, a.mean());
        assertNull(a.std());
        assertNull(a.ciLow());
        assertEquals(3, a.values().size());
        Aggregate none = Aggregate.of(Arrays.asList(null, null));
        assertEquals(0, none.n());
        assertNull(none.mean());
        Aggregate same = Aggregate.of(List.of(1.0, 1.0, 1.0));
        assertEquals(0.0, same.std());
        assertEquals(1.0, same.ciLow());
        assertEquals(1.0, same.ciHigh());
    }

    private static SweepSummary summary(List<Double> a, List<Double> b) {
        return new SweepSummary(1, "x", Aggregate.INTERVAL_METHOD, List.of(
                new PointSummary("a", Map.of(), List.of(1L, 2L, 3L), List.of(), Map.of("validation.eer", Aggregate.of(a))),
                new PointSummary("b", Map.of(), List.of(1L, 2L, 3L), List.of(), Map.of("validation.eer", Aggregate.of(b)))));
    }

    @Test
    void aggregateExpectationsNamePointMetricAggregateAndLimit() {
        SweepSummary s = summary(List.of(0.01, 0.02, 0.03), List.of(0.1, 0.2, 0.3));
        CheckReport r = AggregateChecker.check(List.of(
                new AggregateExpectation("validation.eer", Statistic.MEAN, null, null, 0.05, null, ""),
                new AggregateExpectation("validation.eer", Statistic.MAX, null, null, 0.5, "b", "")), s);
        assertEquals(3, r.checked());
        assertEquals(1, r.violations().size());
        assertEquals("b validation.eer mean is 0.2000, expected <= 0.05000, missed by 0.1500", r.violations().get(0).describe());
    }

    @Test
    void inAtLeastKSeeds() {
        SweepSummary s = summary(List.of(0.01, 0.02, 0.3), List.of(0.1, 0.2, 0.3));
        AggregateExpectation twoOfThree = new AggregateExpectation("validation.eer", null, 2, null, 0.05, null, "");
        CheckReport r = AggregateChecker.check(List.of(twoOfThree), s);
        assertFalse(r.passed());
        assertEquals(1, r.violations().size());
        assertEquals("b validation.eer seeds with <= 0.05000 is 0.000, expected at least 2 of 3, missed by 2.000",
                r.violations().get(0).describe());
        assertTrue(AggregateChecker.check(List.of(new AggregateExpectation("validation.eer", null, 1, null, 0.1, null, "")), s)
                .passed());
    }
}
