package dev.siamese.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdentificationCalculatorTest {
    @Test
    void ranksCountEntriesNearerThanTheMateAndTiesAgainstIt() {
        // gallery of 3; probe 0: mate 0 nearest; probe 1: mate 1 third; probe 2: mate 2 tied with entry 0
        double[] d = {
                0.1, 0.5, 0.6,
                0.2, 0.9, 0.3,
                0.4, 0.8, 0.4};
        IdentificationMetrics m = IdentificationCalculator.compute(3, new int[] {0, 1, 2}, d);
        assertEquals(3, m.gallerySize());
        assertEquals(3, m.searches());
        assertEquals(1.0 / 3, m.rank1(), 1e-12);
        assertEquals(1.0, m.rank5(), 1e-12);
        assertEquals(java.util.List.of(1.0 / 3, 2.0 / 3, 1.0), m.cmc());
    }

    @Test
    void fnirAtFpirUsesTheLargestThresholdKeepingTheFalsePositivesAllowed() {
        // 10 probes, gallery of 2; every probe's mate is nearest at 0.1·(p+1), its stranger at 0.05 + 0.1·(p+1)
        int probes = 10;
        double[] d = new double[probes * 2];
        int[] mates = new int[probes];
        for (int p = 0; p < probes; p++) {
            mates[p] = p % 2;
            d[2 * p + mates[p]] = 0.1 * (p + 1);
            d[2 * p + 1 - mates[p]] = 0.05 + 0.1 * (p + 1);
        }
        IdentificationMetrics m = IdentificationCalculator.compute(2, mates, d);
        assertEquals(1.0, m.rank1());
        // FPIR ≤ 1/100 of 10 searches allows none: threshold = the nearest stranger, 0.15: only probe 0 (0.1) hits
        assertEquals(0.9, m.fnirAtFpir100(), 1e-12);
        // FPIR ≤ 1/10 allows one: threshold = the second nearest stranger, 0.25: probes 0 and 1 hit
        assertEquals(0.8, m.fnirAtFpir10(), 1e-12);
    }

    @Test
    void aMateNotRankedFirstIsAMissAtAnyThreshold() {
        double[] d = {0.3, 0.2};  // the stranger is nearer than the mate
        IdentificationMetrics m = IdentificationCalculator.compute(2, new int[] {0}, d);
        assertEquals(0.0, m.rank1());
        assertEquals(1.0, m.fnirAtFpir10());
    }

    @Test
    void refusesDistancesThatDoNotFitTheSearches() {
        assertThrows(IllegalArgumentException.class, () -> IdentificationCalculator.compute(2, new int[] {0}, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> IdentificationCalculator.compute(1, new int[] {0}, new double[1]));
    }
}
