package dev.siamese.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.siamese.ResultsMapper;
import dev.siamese.Sha256;
import dev.siamese.match.ModelCoordinates;
import dev.siamese.match.ModelLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfoCommandTest {
    @TempDir
    static Path dir;
    static TinyModel tiny;

    @BeforeAll
    static void trainATinyModel() throws IOException {
        tiny = TinyModel.shared();
    }

    @Test
    void describesInputDistanceThresholdAndProvenance() throws IOException {
        Cli run = Cli.run("info", tiny.outputFolder().toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode info = ResultsMapper.MAPPER.readTree(run.out());
        JsonNode matcher = ResultsMapper.MAPPER.readTree(tiny.matcher().toFile());
        assertEquals(16, info.get("width").asInt());
        assertEquals(16, info.get("height").asInt());
        assertEquals("euclidean", info.get("distance").asText());
        assertEquals(matcher.get("threshold").asDouble(), info.get("threshold").asDouble());
        assertEquals(matcher.get("operatingPoint").asText(), info.get("operatingPoint").asText());
        assertEquals(Sha256.of(tiny.model()), info.get("modelSha256").asText());
        assertTrue(info.get("trainingImages").asInt() > 0, info.toString());
        Cli text = Cli.run("info", tiny.outputFolder().toString());
        assertTrue(text.out().contains("16×16 pixels"), text.out());
    }

    @Test
    void findsAnInstalledModelByItsCoordinates() throws IOException {
        Path repo = dir.resolve("repository");
        ModelCoordinates c = new ModelCoordinates("dev.siamese.experiments", "tiny", "1");
        Path zip = c.modelIn(repo);
        Files.createDirectories(zip.getParent());
        Files.copy(tiny.model(), zip);
        Files.copy(tiny.matcher(), zip.resolveSibling("tiny-1" + ModelLocation.ARTIFACT_MATCHER_SUFFIX));
        Cli run = Cli.run("info", c.toString(), "--repository", repo.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode info = ResultsMapper.MAPPER.readTree(run.out());
        assertEquals(zip.toString(), info.get("model").asText());
        assertTrue(info.get("threshold").isNumber(), info.toString());
    }

    @Test
    void userErrorsAreOneLineOnStderrAndExitCode2() throws IOException {
        Path text = Files.writeString(dir.resolve("model.zip"), "not a model");
        List<String[]> mistakes = List.of(
                new String[]{"info", dir.resolve("nowhere").toString()},
                new String[]{"info", text.toString()},
                new String[]{"info", dir.toString()},
                new String[]{"info", "dev.siamese:absent:1", "--repository", dir.toString()},
                new String[]{"info"},
                new String[]{"info", tiny.outputFolder().toString(), "--jsn"});
        mistakes.forEach(Cli::assertUserError);
    }
}
