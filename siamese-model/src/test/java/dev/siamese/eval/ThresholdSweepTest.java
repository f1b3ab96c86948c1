package dev.siamese.eval;

import dev.siamese.distance.MatchRule;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ThresholdSweepTest {
    private static final double[] GENUINE = {0.3, 0.1, 0.3};
    private static final double[] IMPOSTOR = {0.9, 0.3, 0.5, 0.5};

    @Test
    void oneStepPerDistinctDistanceWithTheCountsAtOrBelowIt() {
        ThresholdSweep sweep = ThresholdSweep.of(GENUINE, IMPOSTOR);
        assertEquals(4, sweep.steps());
        double[] distances = new double[sweep.steps()];
        int[] genuine = new int[sweep.steps()];
        int[] impostor = new int[sweep.steps()];
        for (int k = 0; k < sweep.steps(); k++) {
            distances[k] = sweep.distance(k);
            genuine[k] = sweep.genuineAtOrBelow(k);
            impostor[k] = sweep.impostorAtOrBelow(k);
        }
        assertArrayEquals(new double[] {0.1, 0.3, 0.5, 0.9}, distances);
        assertArrayEquals(new int[] {1, 3, 3, 3}, genuine);
        assertArrayEquals(new int[] {0, 1, 3, 4}, impostor);
        assertEquals(3, sweep.genuine());
        assertEquals(4, sweep.impostor());
    }

    @Test
    void theThresholdAboveAStepDecidesAsTheStepByTheMatchRule() {
        ThresholdSweep sweep = ThresholdSweep.of(GENUINE, IMPOSTOR);
        for (int k = 0; k < sweep.steps(); k++) {
            double t = sweep.thresholdAbove(k);
            assertEquals(sweep.genuineAtOrBelow(k), Arrays.stream(GENUINE).filter(d -> MatchRule.matches(d, t)).count());
            assertEquals(sweep.impostorAtOrBelow(k), Arrays.stream(IMPOSTOR).filter(d -> MatchRule.matches(d, t)).count());
        }
        assertEquals(0.2, sweep.thresholdAbove(0), 1e-15);
        assertEquals(0.9 + 1e-9, sweep.thresholdAbove(3), 1e-15);
    }

    @Test
    void oneSideMayBeEmpty() {
        ThresholdSweep sweep = ThresholdSweep.of(new double[0], new double[] {0.2, 0.2});
        assertEquals(1, sweep.steps());
        assertEquals(0, sweep.genuineAtOrBelow(0));
        assertEquals(2, sweep.impostorAtOrBelow(0));
    }
}
