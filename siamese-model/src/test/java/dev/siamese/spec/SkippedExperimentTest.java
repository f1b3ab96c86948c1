package dev.siamese.spec;

import dev.siamese.match.ModelLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkippedExperimentTest {

    @Test
    void aModelOfASkippedExperimentIsMissingDataWithItsReason(@TempDir Path dir) {
        Path output = dir.resolve("upstream/target/siamese");
        SkippedExperiment.record(output, "no -Dsiamese.realData: obtain FCJ2020");

        MissingDataException e = assertThrows(MissingDataException.class, () -> ModelLocation.of(output));
        assertTrue(e.getMessage().contains("its experiment was skipped (no -Dsiamese.realData: obtain FCJ2020)"),
                e.getMessage());
        assertEquals("no -Dsiamese.realData: obtain FCJ2020", SkippedExperiment.reason(output).orElseThrow());
    }

    @Test
    void aClearedNoteNoLongerSkips(@TempDir Path dir) {
        SkippedExperiment.record(dir, "missing");
        SkippedExperiment.clear(dir);

        assertTrue(SkippedExperiment.reason(dir).isEmpty());
        assertDoesNotThrow(() -> SkippedExperiment.refuseSkipped(dir));
    }
}
