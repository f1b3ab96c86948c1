package dev.siamese.report;

import dev.siamese.results.PairScores.ScoredPair;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RocCurveTest {
    private static ScoredPair pair(int label, double distance) {
        return new ScoredPair("a.png", "b.png", label, distance, null, null);
    }

    @Test
    void onePointPerDistinctDistanceFromTheOriginToTheCorner() {
        Series roc = RocCurve.of("validation", List.of(pair(1, 0.1), pair(0, 0.3), pair(1, 0.3), pair(0, 0.7)))
                .orElseThrow();
        assertArrayEquals(new double[] {0, 0, 0.5, 1}, roc.x(), 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 1, 1}, roc.y(), 1e-15);
    }

    @Test
    void undefinedWithoutBothKindsOfPairs() {
        assertTrue(RocCurve.of("train", List.of(pair(1, 0.1), pair(1, 0.2))).isEmpty());
    }
}
