package dev.siamese.report;

import dev.siamese.ExperimentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsFinderTest {
    @TempDir
    Path dir;

    private Path a;
    private Path b;

    private void tree() throws IOException {
        a = Fixtures.write(dir.resolve("exp-a"), Fixtures.results("exp-a", 0.9, 0.9, 0.1, 0.1, 1.0), false);
        b = Fixtures.write(dir.resolve("group/exp-b"), Fixtures.results("exp-b", 0.9, 0.9, 0.1, 0.1, 1.0), false);
        Files.createDirectories(dir.resolve(".git/target/siamese"));
        Files.writeString(dir.resolve(".git/target/siamese/results.json"), "{}");
        Files.writeString(dir.resolve("exp-a/other.json"), "{}");
    }

    @Test
    void findsEveryResultsFileBelowAFolder() throws IOException {
        tree();
        assertEquals(List.of(a, b), ResultsFinder.find(dir, List.of()));
    }

    @Test
    void globsAndFilesAndFolders() throws IOException {
        tree();
        assertEquals(List.of(a), ResultsFinder.find(dir, List.of("*/target/siamese/results.json")));
        assertEquals(List.of(a, b), ResultsFinder.find(dir, List.of("**/results.json")));
        assertEquals(List.of(b), ResultsFinder.find(dir, List.of("group/*/target/siamese/results.json")));
        assertEquals(List.of(a, b), ResultsFinder.find(dir, ResultsFinder.split("exp-a/target/siamese/results.json, group")));
        assertEquals(List.of(a), ResultsFinder.find(dir, List.of(a.toString())), "absolute path");
        Path copied = Files.createDirectories(dir.resolve("baseline/exp-a"));
        Files.copy(a, copied.resolve("results.json"));
        assertEquals(List.of(copied.resolve("results.json")), ResultsFinder.find(dir, List.of("baseline")),
                "a folder of copied results without target/siamese");
    }

    @Test
    void nothingFoundIsAnErrorNamingWhere() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        ExperimentException none = assertThrows(ExperimentException.class, () -> ResultsFinder.find(dir.resolve("empty"), List.of()));
        assertTrue(none.getMessage().contains(dir.resolve("empty").toString()), none.getMessage());
        ExperimentException missing = assertThrows(ExperimentException.class, () -> ResultsFinder.find(dir, List.of("nope.json")));
        assertEquals(dir.resolve("nope.json") + ": results file not found", missing.getMessage());
        ExperimentException glob = assertThrows(ExperimentException.class, () -> ResultsFinder.find(dir, List.of("x/*/results.json")));
        assertTrue(glob.getMessage().startsWith("x/*/results.json: no results file matches"), glob.getMessage());
    }

    @Test
    void unknownVersionsAndOtherJsonAreOneLineErrorsNamingTheFile() throws Exception {
        Path future = Path.of(getClass().getResource("results-v99.json").toURI());
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentResults.read(future));
        assertEquals(future + ": results schemaVersion 99 is unknown; this build reads 1", e.getMessage());
        Path manifest = Path.of(getClass().getResource("manifest.json").toURI());
        ExperimentException other = assertThrows(ExperimentException.class, () -> ExperimentResults.read(manifest));
        assertEquals(manifest + ": not a results JSON (no schemaVersion and metrics)", other.getMessage());
        Path broken = Files.writeString(dir.resolve("results.json"), "{\"schemaVersion\": 1, \"metrics\": ");
        ExperimentException bad = assertThrows(ExperimentException.class, () -> ExperimentResults.read(broken));
        assertTrue(bad.getMessage().startsWith(broken + ": not a results JSON: "), bad.getMessage());
        assertTrue(!bad.getMessage().contains("\n"), "one line");
    }
}
