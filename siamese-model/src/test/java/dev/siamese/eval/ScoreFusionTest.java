package dev.siamese.eval;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreFusionTest {
    /** n genuine then n impostor pairs: distance = class mean (0.3 / 0.7) + Gaussian noise of {@code sigma}. */
    private static ScoredPairs noisy(Random random, int n, double sigma, double scale) {
        double[] d = new double[2 * n];
        int[] labels = new int[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            labels[i] = i < n ? 1 : 0;
            d[i] = scale * ((i < n ? 0.3 : 0.7) + sigma * random.nextGaussian());
        }
        return new ScoredPairs(d, labels);
    }

    private static double eer(ScoredPairs s) {
        return MetricsCalculator.compute(s, 0.5, 1.0).eer();
    }

    @Test
    void twoIndependentNoisyMatchersFusedMakeFewerErrorsThanEither() {
        Random random = new Random(1);
        ScoredPairs a = noisy(random, 2000, 0.2, 1);
        ScoredPairs b = noisy(random, 2000, 0.25, 40); // another scale: standardisation makes it irrelevant
        ScoreFusion fusion = ScoreFusion.fit(a, b);
        ScoredPairs fused = fusion.apply(a, b);
        assertTrue(eer(fused) < Math.min(eer(a), eer(b)) * 0.8,
                "fused " + eer(fused) + ", alone " + eer(a) + " and " + eer(b));
        assertTrue(fusion.weightA() > fusion.weightB() && fusion.weightB() > 0, "the less noisy one weighs more");
        assertEquals(1.0, Math.abs(fusion.weightA()) + Math.abs(fusion.weightB()), 1e-12);
        // 0.5 lies between the classes: most genuine pairs below it, most impostors above
        double accuracy = MetricsCalculator.compute(fused, 0.5, 1.0).accuracy();
        assertTrue(accuracy > 0.85, "accuracy at 0.5: " + accuracy);
    }

    @Test
    void aMatcherThatKnowsNothingGetsAlmostNoWeightAndPerfectSeparationStaysFinite() {
        Random random = new Random(2);
        ScoredPairs perfect = noisy(random, 500, 0.01, 1);
        double[] noise = new double[perfect.size()];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextDouble();
        }
        ScoredPairs useless = new ScoredPairs(noise, perfect.labels());
        ScoreFusion fusion = ScoreFusion.fit(perfect, useless);
        assertTrue(fusion.weightA() > 0.95, "weight of the separating matcher: " + fusion.weightA());
        assertTrue(Double.isFinite(fusion.spread()) && fusion.spread() > 0);
        assertEquals(0.0, eer(fusion.apply(perfect, useless)));
    }

    @Test
    void needsBothKindsOfPairsAndTheSamePairs() {
        ScoredPairs genuineOnly = new ScoredPairs(new double[] {0.1, 0.2}, new int[] {1, 1});
        assertThrows(IllegalArgumentException.class, () -> ScoreFusion.fit(genuineOnly, genuineOnly));
        ScoredPairs other = new ScoredPairs(new double[] {0.1}, new int[] {1});
        assertThrows(IllegalArgumentException.class, () -> ScoreFusion.fit(genuineOnly, other));
    }
}
