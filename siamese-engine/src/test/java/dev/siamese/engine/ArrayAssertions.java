package dev.siamese.engine;

import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comparisons of arrays that two implementations computed with different rounding. */
final class ArrayAssertions {
    private ArrayAssertions() {
    }

    /** Asserts that {@code actual} differs from {@code expected} by at most 1e-5 of {@code expected}'s largest value. */
    static void assertCloseToScale(INDArray expected, INDArray actual, String what) {
        double scale = expected.amaxNumber().doubleValue();
        double differs = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(differs <= 1e-5 * scale, () -> what + " differs by " + differs + " (largest " + scale + ")");
    }
}
