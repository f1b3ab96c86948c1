package dev.siamese.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetricsCalculatorTest {
    private static ScoredPairs pairs(double[] genuine, double[] impostor) {
        double[] d = new double[genuine.length + impostor.length];
        int[] l = new int[d.length];
        for (int i = 0; i < genuine.length; i++) {
            d[i] = genuine[i];
            l[i] = 1;
        }
        for (int i = 0; i < impostor.length; i++) {
            d[genuine.length + i] = impostor[i];
        }
        return new ScoredPairs(d, l);
    }

    @Test
    void perfectSeparation() {
        PairMetrics m = MetricsCalculator.compute(pairs(new double[] {0.1, 0.2}, new double[] {0.8, 0.9}), 0.5, 1.0);
        assertEquals(1.0, m.accuracy());
        assertEquals(1.0, m.rocAuc());
        assertEquals(0.0, m.eer());
        assertEquals(1.0, m.bestAccuracy());
        assertEquals(0.5, m.bestAccuracyThreshold(), 1e-12);
        // loss: genuine d², impostor max(1-d,0)²: (0.01 + 0.04 + 0.04 + 0.01) / 4
        assertEquals(0.025, m.loss(), 1e-12);
        assertEquals(0.15, m.genuineDistances().mean(), 1e-12);
        assertEquals(0.05, m.genuineDistances().std(), 1e-12);
        assertEquals(0.9, m.impostorDistances().max());
    }

    @Test
    void handComputedOverlap() {
        // genuine 0.1 0.3 0.6 ; impostor 0.2 0.7 0.8 ; threshold 0.5 → right: g 0.1, 0.3; i 0.7, 0.8 → 4/6
        PairMetrics m = MetricsCalculator.compute(pairs(new double[] {0.1, 0.3, 0.6}, new double[] {0.2, 0.7, 0.8}), 0.5, 1.0);
        assertEquals(4 / 6.0, m.accuracy(), 1e-12);
        // impostor > genuine: 0.2 beats 0.1 (1); 0.7 beats all 3; 0.8 beats all 3 → 7/9
        assertEquals(7 / 9.0, m.rocAuc(), 1e-12);
        // best: threshold between 0.6 and 0.7 → g all right, i 0.2 wrong → 5/6
        assertEquals(5 / 6.0, m.bestAccuracy(), 1e-12);
        assertEquals(0.65, m.bestAccuracyThreshold(), 1e-12);
        // FVC EER: at distance thresholds, FMR = share of impostors with d ≤ t, FNMR = share of genuine d > t.
        // t = 0.2: FMR 1/3, FNMR 2/3; t = 0.3: FMR 1/3, FNMR 1/3 → crossing exactly: EER 1/3
        assertEquals(1 / 3.0, m.eer(), 1e-12);
        assertEquals(1 / 3.0, m.eerLow(), 1e-12);
        assertEquals(1 / 3.0, m.eerHigh(), 1e-12);
        assertEquals(0.3, m.eerThreshold(), 1e-12);
    }

    @Test
    void eerIntervalWhenCurvesDoNotMeetAtAScore() {
        // genuine 0.1 0.4 ; impostor 0.3 0.6. Similarity thresholds t = -d.
        // d≤0.1: FMR 0, FNMR 1/2; d≤0.3: FMR 1/2, FNMR 1/2 → meet: EER 0.5
        PairMetrics m = MetricsCalculator.compute(pairs(new double[] {0.1, 0.4}, new double[] {0.3, 0.6}), 0.5, 1.0);
        assertEquals(0.5, m.eer(), 1e-12);
        // genuine 0.1 0.2 0.5 0.6 ; impostor 0.3 0.7 0.8 0.9: d≤0.2: FMR 0, FNMR 1/2; d≤0.3: FMR 1/4, FNMR 1/2;
        // d≤0.5: FMR 1/4, FNMR 1/4 → EER 1/4
        m = MetricsCalculator.compute(pairs(new double[] {0.1, 0.2, 0.5, 0.6}, new double[] {0.3, 0.7, 0.8, 0.9}), 0.5, 1.0);
        assertEquals(0.25, m.eer(), 1e-12);
        // genuine 0.1 0.3 0.5; impostor 0.2 0.4 0.6: d≤0.2: FMR 1/3 FNMR 2/3; d≤0.3: FMR 1/3 FNMR 1/3 → 1/3
        m = MetricsCalculator.compute(pairs(new double[] {0.1, 0.3, 0.5}, new double[] {0.2, 0.4, 0.6}), 0.5, 1.0);
        assertEquals(1 / 3.0, m.eer(), 1e-12);
    }

    @Test
    void tiesCountHalfInAucAndAllEqualDistancesGiveChance() {
        PairMetrics m = MetricsCalculator.compute(pairs(new double[] {1e-7, 1e-7}, new double[] {1e-7, 1e-7}), 0.5, 1.0);
        assertEquals(0.5, m.rocAuc());
        assertEquals(0.5, m.accuracy(), "all called matches: the genuine half is right");
        assertEquals(0.5, m.bestAccuracy());
    }

    @Test
    void singleLabelLeavesSeparationMetricsUndefined() {
        PairMetrics m = MetricsCalculator.compute(pairs(new double[] {0.1, 0.7}, new double[] {}), 0.5, 1.0);
        assertEquals(0.5, m.accuracy());
        assertNull(m.rocAuc());
        assertNull(m.eer());
        assertNull(m.impostorDistances().mean());
        assertEquals(0, m.impostorPairs());
    }

    @Test
    void fvcOperatingPointsByHand() {
        // genuine 0.1 0.2 0.3 0.9 ; impostor 0.25 0.5 0.6 0.7 0.8 0.85 0.95 0.97 0.98 0.99 (10)
        double[] g = {0.1, 0.2, 0.3, 0.9};
        double[] im = {0.25, 0.5, 0.6, 0.7, 0.8, 0.85, 0.95, 0.97, 0.98, 0.99};
        PairMetrics m = MetricsCalculator.compute(pairs(g, im), 0.5, 1.0);
        // match when d <= t. FMR 0 allows t < 0.25: genuine 0.1, 0.2 match → FNMR 2/4
        assertEquals(0.5, m.zeroFmr(), 1e-12);
        // FMR ≤ 1 % with 10 impostors is FMR 0 as well
        assertEquals(0.5, m.fmr100(), 1e-12);
        assertEquals(0.5, m.fmr1000(), 1e-12);
        // FNMR 0 needs t ≥ 0.9: impostors ≤ 0.9 are 0.25..0.85 = 6 → FMR 0.6
        assertEquals(0.6, m.zeroFnmr(), 1e-12);
        assertEquals(new DetPoint(0, 1), m.det().get(0));
        assertEquals(new DetPoint(1, 0), m.det().get(m.det().size() - 1));
    }

    @Test
    void fmr100NeedsAHundredImpostorsToDifferFromZeroFmr() {
        double[] g = {0.1, 0.3, 0.5};
        double[] im = new double[100];
        im[0] = 0.45; // the one impostor closer than a genuine pair
        for (int i = 1; i < 100; i++) {
            im[i] = 0.6 + i * 0.01;
        }
        PairMetrics m = MetricsCalculator.compute(pairs(g, im), 0.5, 1.0);
        assertEquals(1 / 3.0, m.zeroFmr(), 1e-12, "t < 0.45: 0.1 and 0.3 match, 0.5 does not");
        assertEquals(0.0, m.fmr100(), 1e-12, "t = 0.5 lets 1 % of impostors match and every genuine pair");
        assertEquals(1 / 3.0, m.fmr1000(), 1e-12, "0.1 % of 100 impostors is none");
        assertEquals(0.01, m.zeroFnmr(), 1e-12);
    }
}
