package dev.siamese.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.siamese.ResultsMapper;
import dev.siamese.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchCommandTest {
    @TempDir
    static Path dir;
    static TinyModel tiny;
    static String model;
    static String a;
    static String b;

    @BeforeAll
    static void trainATinyModel() throws IOException {
        tiny = TinyModel.shared();
        model = tiny.outputFolder().toString();
        a = tiny.first().toString();
        b = tiny.last().toString();
    }

    @Test
    void aScanMatchesItselfAtTheModelsThresholdWithExitCode0() throws IOException {
        Cli run = Cli.run("match", a, a, "--model", model, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ResultsMapper.MAPPER.readTree(run.out());
        assertTrue(json.get("match").asBoolean());
        assertEquals(0.0, json.get("distance").asDouble(), 1e-3); // the distance's epsilon only
        double threshold = ResultsMapper.MAPPER.readTree(tiny.matcher().toFile()).get("threshold").asDouble();
        assertEquals(threshold, json.get("threshold").asDouble());
        assertTrue(json.get("thresholdSource").asText().endsWith("from matcher.json"), json.toString());
        assertEquals(Sha256.of(tiny.model()), json.get("modelSha256").asText());
        assertEquals(a, json.get("left").asText());
        assertEquals("", run.err());
    }

    @Test
    void noMatchIsExitCode1AndTheLineSaysSo() {
        Cli run = Cli.run("match", a, b, "--model", model, "--threshold", "1e-12");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().strip().endsWith(": NO MATCH"), run.out());
    }

    @Test
    void theOutputFileHoldsWhatJsonPrints() throws IOException {
        Path file = dir.resolve("match.json");
        Cli json = Cli.run("match", a, b, "--model", model, "--json");
        Cli written = Cli.run("match", a, b, "--model", model, "-o", file.toString());
        assertEquals(json.exitCode(), written.exitCode());
        assertEquals(ResultsMapper.MAPPER.readTree(json.out()), ResultsMapper.MAPPER.readTree(file.toFile()));
        assertTrue(written.out().contains(" vs "), "-o alone still prints the line: " + written.out());
    }

    @Test
    void userErrorsAreOneLineOnStderrAndExitCode2() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image");
        Path notAModel = Files.writeString(dir.resolve("model.zip"), "not a model");
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.writeString(folder.resolve("keep"), "a file in the way");
        Path big = dir.resolve("big.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), "png", big.toFile());
        List<String[]> mistakes = List.of(
                new String[]{"match", dir.resolve("missing.png").toString(), b, "--model", model},
                new String[]{"match", text.toString(), b, "--model", model},
                new String[]{"match", a, b, "--model", dir.resolve("nowhere").toString()},
                new String[]{"match", a, b, "--model", notAModel.toString()},
                new String[]{"match", a, b, "--model", "dev.siamese:absent:1", "--repository", dir.toString()},
                new String[]{"match", a, b},
                new String[]{"match", a, b, "--model", model, "--threshold", "abc"},
                new String[]{"match", a, b, "--model", model, "--threshold", "-1"},
                new String[]{"match", a, b, "--model", model, "--resize", "crop"},
                new String[]{"match", a, b, "--model", model, "--dpi", "1"},
                new String[]{"match", a, b, "--model", model, "--colour"},
                new String[]{"match", a, b, "--model", model, "-o", folder.toString()},
                new String[]{"match", big.toString(), b, "--model", model});
        mistakes.forEach(Cli::assertUserError);
        assertTrue(Cli.run("match", big.toString(), b, "--model", model).err().contains("give --resize bilinear"));
    }

    @Test
    void helpListsTheExitCodes() {
        Cli run = Cli.run("match", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("1   they do not match"), run.out());
    }

    @Test
    void completionCompletesTheCommandsAndTheirOptions() {
        Cli run = Cli.run("generate-completion");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("complete -F _complete_siamese"), "a bash completion function");
        assertTrue(run.out().contains("--threshold") && run.out().contains("identify"), "options and commands");
    }
}
