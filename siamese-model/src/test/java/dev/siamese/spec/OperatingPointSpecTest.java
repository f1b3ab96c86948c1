package dev.siamese.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperatingPointSpecTest {
    @TempDir
    Path dir;

    private ExperimentSpec read(String evaluation) throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}"
                + (evaluation == null ? "" : ", \"evaluation\": " + evaluation) + "}");
        return new ExperimentSpecReader().read(file);
    }

    @Test
    void defaultsToTheEerAndReadsAnFmrTarget() throws IOException {
        assertEquals(OperatingPoint.EER, read(null).evaluation().operatingPoint());
        assertEquals(OperatingPoint.EER, read("{\"operatingPoint\": \"eer\"}").evaluation().operatingPoint());
        OperatingPoint fmr = read("{\"operatingPoint\": {\"fmr\": 0.001}}").evaluation().operatingPoint();
        assertEquals(0.001, fmr.targetFmr());
        assertEquals("fmr=0.001", fmr.describe());
    }

    @Test
    void rejectsWhatIsNotAnOperatingPoint() {
        SpecException word = assertThrows(SpecException.class, () -> read("{\"operatingPoint\": \"median\"}"));
        assertEquals("$.evaluation.operatingPoint", word.jsonPath());
        assertTrue(word.getMessage().contains("allowed: eer"), word.getMessage());
        SpecException range = assertThrows(SpecException.class, () -> read("{\"operatingPoint\": {\"fmr\": 1}}"));
        assertEquals("$.evaluation.operatingPoint.fmr", range.jsonPath(), range.getMessage());
        SpecException field = assertThrows(SpecException.class, () -> read("{\"operatingPoint\": {\"fnmr\": 0.1}}"));
        assertTrue(field.getMessage().contains("did you mean \"fmr\""), field.getMessage());
    }
}
