package dev.siamese.spec;

import dev.siamese.ExperimentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Specs a hostile or careless author writes: each fails with one line, nothing passes silently. */
class SpecEdgesTest {
    private static final String BODY = "\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}";

    @TempDir
    Path dir;

    private String error(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("experiment.json"), json);
        ExperimentException e = assertThrows(ExperimentException.class, () -> new ExperimentSpecReader().read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aLongExtendsChainEndsWithAClearErrorNotAStackOverflow() throws IOException {
        Files.writeString(dir.resolve("s0.json"), "{" + BODY + "}");
        for (int i = 1; i <= 4000; i++) {
            Files.writeString(dir.resolve("s" + i + ".json"),
                    "{\"schemaVersion\": 1, \"extends\": \"s" + (i - 1) + ".json\"}");
        }
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> new ExperimentSpecReader().read(dir.resolve("s4000.json")));
        assertTrue(e.getMessage().contains("\"extends\" chains more than " + ExperimentSpecReader.MAX_EXTENDS_DEPTH
                + " files"), e.getMessage());
        // a chain within the limit still reads
        assertEquals("t", new ExperimentSpecReader().read(dir.resolve("s20.json")).name());
    }

    @Test
    void contentAfterTheObjectIsRejected() throws IOException {
        String m = error("{" + BODY + "} {\"x\": 1}");
        assertTrue(m.contains(":1:") && m.contains("content after the spec's object"), m);
    }

    @Test
    void nanAndInfinityAreExplainedWithoutJacksonFeatures() throws IOException {
        String nan = error("{" + BODY + ", \"seed\": NaN}");
        assertTrue(nan.contains("NaN is not a JSON number"), nan);
        String inf = error("{" + BODY + ", \"model\": {\"margin\": Infinity}}");
        assertTrue(inf.contains("Infinity is not a JSON number"), inf);
        for (String m : List.of(nan, inf)) {
            assertFalse(m.contains("enable") || m.contains("Feature") || m.contains("ALLOW_"), m);
        }
    }

    @Test
    void anAbsurdMarginIsRejectedAtParseTime() throws IOException {
        String m = error("{" + BODY + ", \"model\": {\"margin\": 1e39}}");
        assertTrue(m.contains("$.model.margin"), m);
    }

    @Test
    void aDatasetFolderOutsideTheSpecsFolderIsRefusedUnlessAllowed() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(project.resolve("scans"));
        Path spec = Files.writeString(project.resolve("experiment.json"), """
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "folder", "folder": "../elsewhere"}}""");
        ExperimentException e = assertThrows(ExperimentException.class, () -> new ExperimentSpecReader().read(spec));
        assertTrue(e.getMessage().contains("$.dataset.folder: must lie inside the spec's folder"), e.getMessage());
        Files.writeString(spec, """
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "folder", "folder": "%s"}}"""
                .formatted(outside.toString().replace("\\", "\\\\")));
        assertThrows(ExperimentException.class, () -> new ExperimentSpecReader().read(spec), "absolute paths too");
        assertEquals(outside, new ExperimentSpecReader(List.of(outside)).read(spec).dataset() instanceof
                FolderDatasetSpec f ? f.folder() : null, "an explicitly allowed folder reads");
        Files.writeString(spec, """
                {"schemaVersion": 1, "name": "t", "dataset": {"type": "folder", "folder": "scans"}}""");
        assertTrue(new ExperimentSpecReader().read(spec).dataset() instanceof FolderDatasetSpec);
    }
}
