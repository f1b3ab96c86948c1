package dev.siamese.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PretrainedSpecTest {
    @TempDir
    Path dir;

    private ExperimentSpec read(String model) throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, \"model\": "
                + model + "}");
        return new ExperimentSpecReader().read(file);
    }

    @Test
    void aPretrainedModelIsScoredWithButNotTrained() throws IOException {
        ModelSpec m = read("{\"type\": \"pretrained\", \"from\": \"dev.siamese:x:1\"}").model();
        assertEquals(ModelSpec.ModelType.PRETRAINED, m.type());
        assertEquals("dev.siamese:x:1", m.from());
        assertFalse(m.isNetwork());
        assertTrue(m.scoresWithNetwork());
        assertEquals(null, read("{\"branch\": \"dense-1\"}").model().from());
    }

    @Test
    void needsFromAndNothingOfATrainedNetwork() {
        SpecException missing = assertThrows(SpecException.class, () -> read("{\"type\": \"pretrained\"}"));
        assertEquals("$.model", missing.jsonPath());
        assertTrue(missing.getMessage().contains("missing required field \"from\""), missing.getMessage());
        SpecException branch = assertThrows(SpecException.class,
                () -> read("{\"type\": \"pretrained\", \"from\": \"a\", \"branch\": \"dense-1\"}"));
        assertEquals("$.model.branch", branch.jsonPath());
        SpecException blank = assertThrows(SpecException.class, () -> read("{\"type\": \"pretrained\", \"from\": \" \"}"));
        assertEquals("$.model.from", blank.jsonPath());
    }

    @Test
    void aFusionTakesANetworkFromElsewhereAndSourceAfissResolution() throws IOException {
        ModelSpec m = read("{\"type\": \"fusion\", \"from\": \"../matcher/target/siamese\", \"dpi\": 400}").model();
        assertEquals(ModelSpec.ModelType.FUSION, m.type());
        assertEquals("../matcher/target/siamese", m.from());
        assertEquals(400, m.dpi());
        assertTrue(m.scoresWithNetwork() && m.scoresWithSourceAfis() && m.usesPretrained());
        assertFalse(m.isNetwork(), "nothing is trained here");
        assertEquals(500, read("{\"type\": \"fusion\", \"from\": \"a\"}").model().dpi());
        SpecException branch = assertThrows(SpecException.class,
                () -> read("{\"type\": \"fusion\", \"from\": \"a\", \"branch\": \"dense-1\"}"));
        assertEquals("$.model.branch", branch.jsonPath());
        assertThrows(SpecException.class, () -> read("{\"type\": \"fusion\"}"));
    }
}
