package dev.siamese.history;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpochRecordTest {
    @Test
    void aNonFiniteTrainingOrValidationLossIsNamed() {
        assertEquals("loss is Infinity", new EpochRecord(1, Double.POSITIVE_INFINITY, 0.5, 0.5, 0.5)
                .nonFiniteLoss().orElseThrow());
        assertEquals("validation loss is NaN", new EpochRecord(1, 0.5, Double.NaN, 0.5, 1.0)
                .nonFiniteLoss().orElseThrow());
        assertTrue(new EpochRecord(1, 0.5, Double.NaN, 0.5, Double.NaN).nonFiniteLoss().isEmpty(),
                "no validation pairs is not a broken validation loss");
    }
}
