package dev.siamese.eval;

import dev.siamese.spec.OperatingPoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OperatingThresholdTest {
    // genuine 0.1 0.2 0.3, impostor 0.25 0.5 0.6 0.7
    private static final ScoredPairs PAIRS = new ScoredPairs(new double[] {0.1, 0.2, 0.3, 0.25, 0.5, 0.6, 0.7},
            new int[] {1, 1, 1, 0, 0, 0, 0});

    @Test
    void fmrTargetTakesTheLowestFnmrWithinTheTargetUnderTheStrictRule() {
        OperatingThreshold zero = OperatingThreshold.choose(PAIRS, OperatingPoint.atFmr(0.001));
        assertEquals(0.225, zero.threshold(), 1e-12); // 0.1 and 0.2 match, impostor 0.25 does not
        assertEquals(0.0, zero.fmr());
        assertEquals(1 / 3.0, zero.fnmr(), 1e-12);
        OperatingThreshold quarter = OperatingThreshold.choose(PAIRS, OperatingPoint.atFmr(0.25));
        assertEquals(0.4, quarter.threshold(), 1e-12); // 0.3 joins, and so does impostor 0.25
        assertEquals(0.25, quarter.fmr());
        assertEquals(0.0, quarter.fnmr());
    }

    @Test
    void eerPointKeepsThePairsAtTheEerDistanceMatching() {
        OperatingThreshold eer = OperatingThreshold.choose(PAIRS, OperatingPoint.EER);
        double t = MetricsCalculator.eer(ThresholdSweep.of(PAIRS.ofLabel(1), PAIRS.ofLabel(0))).threshold();
        assertEquals(true, eer.threshold() > t);
        // FNMR and FMR at the strict-rule threshold are those of "distance ≤ eerThreshold"
        long genuineAtOrBelow = java.util.Arrays.stream(PAIRS.ofLabel(1)).filter(d -> d <= t).count();
        assertEquals(1 - genuineAtOrBelow / 3.0, eer.fnmr(), 1e-12);
    }

    @Test
    void ratesAtAGivenThresholdFollowTheStrictRule() {
        OperatingThreshold half = OperatingThreshold.at(PAIRS, 0.5);
        assertEquals(0.25, half.fmr(), 1e-12); // impostor 0.25 matches; 0.5 itself does not
        assertEquals(0.0, half.fnmr(), 1e-12);
        OperatingThreshold low = OperatingThreshold.at(PAIRS, 0.2);
        assertEquals(0.0, low.fmr(), 1e-12);
        assertEquals(2 / 3.0, low.fnmr(), 1e-12); // 0.2 is not below 0.2
        assertEquals(true, Double.isNaN(OperatingThreshold.at(new ScoredPairs(new double[] {0.1}, new int[] {1}), 0.5)
                .fmr()), "no impostor pairs: no false match rate");
    }

    @Test
    void needsBothKindsOfPairs() {
        assertThrows(IllegalArgumentException.class, () -> OperatingThreshold.choose(
                new ScoredPairs(new double[] {0.1}, new int[] {1}), OperatingPoint.EER));
    }
}
