package dev.siamese.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dataset.dpi}, {@code model.input} and {@code model.init}. */
class NetworkInputSpecTest {
    private static final String CONV = "[{\"type\": \"conv2d\", \"filters\": 4, \"kernel\": 3, \"stride\": 2}, "
            + "{\"type\": \"globalavgpool\"}, {\"type\": \"dense\", \"units\": 8}]";

    @TempDir
    Path dir;

    private ExperimentSpec read(String dataset, String model) throws IOException {
        Files.createDirectories(dir.resolve("scans"));
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": " + dataset + ", \"model\": "
                + model + "}");
        return new ExperimentSpecReader().read(file);
    }

    @Test
    void aFolderDeclaresItsResolutionOrIsTakenAt500Dpi() throws IOException {
        ExperimentSpec declared = read("{\"type\": \"folder\", \"folder\": \"scans\", \"dpi\": 569}", "{}");
        assertEquals(569, declared.dataset().resolution());
        assertTrue(((FolderDatasetSpec) declared.dataset()).declaresDpi());
        ExperimentSpec plain = read("{\"type\": \"folder\", \"folder\": \"scans\"}", "{\"type\": \"sourceafis\"}");
        assertEquals(500, plain.dataset().resolution());
        assertEquals(500, plain.model().dpi());
        assertEquals(569, read("{\"type\": \"folder\", \"folder\": \"scans\", \"dpi\": 569}", "{\"type\": \"sourceafis\"}")
                .model().dpi(), "SourceAFIS reads the scans at their declared resolution");
        SpecException both = assertThrows(SpecException.class, () -> read("{\"type\": \"folder\", \"folder\": \"scans\", "
                + "\"dpi\": 500, \"resize\": {\"width\": 96, \"height\": 96}}", "{}"));
        assertEquals("$.dataset.resize", both.jsonPath());
        SpecException low = assertThrows(SpecException.class,
                () -> read("{\"type\": \"folder\", \"folder\": \"scans\", \"dpi\": 10}", "{}"));
        assertEquals("$.dataset.dpi", low.jsonPath());
    }

    @Test
    void syntheticPrintsHaveTheResolutionOfTheirRidgePeriod() throws IOException {
        ExperimentSpec s = read("{\"type\": \"synthetic-fingerprints\", \"size\": 176, \"ridgePeriod\": 4.5}", "{}");
        assertEquals(250, s.dataset().resolution(), 1e-9);
        assertTrue(Double.isNaN(read("{\"type\": \"stripes\"}", "{}").dataset().resolution()));
    }

    @Test
    void inputTakesDefaultsAndSetsTheBranchsImageSize() throws IOException {
        ModelSpec m = read("{\"type\": \"folder\", \"folder\": \"scans\", \"dpi\": 500}",
                "{\"branch\": " + CONV + ", \"input\": {}}").model();
        assertEquals(new InputSpec(250, 160, 160, InputSpec.Normalisation.RIDGES), m.input());
        ModelSpec given = read("{\"type\": \"folder\", \"folder\": \"scans\"}", "{\"branch\": " + CONV
                + ", \"input\": {\"dpi\": 300, \"width\": 192, \"height\": 176, \"normalisation\": \"none\"}}").model();
        assertEquals(new InputSpec(300, 192, 176, InputSpec.Normalisation.NONE), given.input());
        assertNull(read("{\"type\": \"folder\", \"folder\": \"scans\"}", "{\"branch\": " + CONV + "}").model().input());
        SpecException tooSmall = assertThrows(SpecException.class, () -> read("{\"type\": \"folder\", \"folder\": \"scans\"}",
                "{\"branch\": [{\"type\": \"conv2d\", \"filters\": 4, \"kernel\": 20}, {\"type\": \"flatten\"}], "
                        + "\"input\": {\"width\": 16, \"height\": 16}}"));
        assertEquals("$.model.branch[0]", tooSmall.jsonPath(), "the branch is walked from the input's size");
        SpecException norm = assertThrows(SpecException.class, () -> read("{\"type\": \"folder\", \"folder\": \"scans\"}",
                "{\"branch\": " + CONV + ", \"input\": {\"normalisation\": \"clahe\"}}"));
        assertEquals("$.model.input.normalisation", norm.jsonPath());
        SpecException stripes = assertThrows(SpecException.class, () -> read("{\"type\": \"stripes\"}",
                "{\"branch\": " + CONV + ", \"input\": {}}"));
        assertEquals("$.model.input", stripes.jsonPath());
    }

    @Test
    void foldsCutTheFingersAndExcludeAFraction() throws IOException {
        Path file = dir.resolve("folds.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, "
                + "\"split\": {\"strategy\": \"by-identity\", \"folds\": 5, \"fold\": 4}}");
        SplitSpec split = new ExperimentSpecReader().read(file).split();
        assertEquals(5, split.folds());
        assertEquals(4, split.fold());
        assertTrue(split.byFolds());
        for (String bad : new String[] {"{\"strategy\": \"by-identity\", \"folds\": 5, \"fold\": 5}",
                "{\"folds\": 5}", "{\"strategy\": \"by-identity\", \"folds\": 5, \"validationFraction\": 0.2}",
                "{\"strategy\": \"by-identity\", \"fold\": 1}"}) {
            Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, "
                    + "\"split\": " + bad + "}");
            SpecException e = assertThrows(SpecException.class, () -> new ExperimentSpecReader().read(file), bad);
            assertTrue(e.jsonPath().startsWith("$.split."), e.jsonPath());
        }
    }

    @Test
    void initIsForALossTrainedByFinger() throws IOException {
        ModelSpec m = read("{\"type\": \"folder\", \"folder\": \"scans\"}", "{\"branch\": " + CONV
                + ", \"loss\": {\"type\": \"cosface\"}, \"init\": \"../pre/target/siamese\"}").model();
        assertEquals("../pre/target/siamese", m.init());
        SpecException contrastive = assertThrows(SpecException.class, () -> read("{\"type\": \"folder\", \"folder\": \"scans\"}",
                "{\"branch\": " + CONV + ", \"init\": \"../pre/target/siamese\"}"));
        assertEquals("$.model.init", contrastive.jsonPath());
        SpecException blank = assertThrows(SpecException.class, () -> read("{\"type\": \"folder\", \"folder\": \"scans\"}",
                "{\"branch\": " + CONV + ", \"loss\": {\"type\": \"cosface\"}, \"init\": \"\"}"));
        assertEquals("$.model.init", blank.jsonPath());
    }
}
