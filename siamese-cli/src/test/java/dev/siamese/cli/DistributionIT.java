package dev.siamese.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.siamese.ResultsMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built distribution's {@code bin/siamese} as a user runs it, a process per call: each command's bad inputs
 * are one line on stderr and exit code 2 (no stack trace, nothing on stdout), and a match and a score answer.
 * The model is a tiny one trained in-process ({@link TinyModel}). The answers come first: the first command that
 * answers writes the launcher's class-data archive, which the later calls map.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {
    @TempDir
    static Path dir;
    static String model;
    static String a;
    static String b;
    static String scans;
    static String missing;
    static String text;
    static String notAModel;
    static String big;

    @BeforeAll
    static void trainATinyModel() throws IOException {
        TinyModel tiny = TinyModel.shared();
        model = tiny.outputFolder().toString();
        a = tiny.first().toString();
        b = tiny.last().toString();
        scans = tiny.scanFolder().toString();
        missing = dir.resolve("missing.png").toString();
        text = Files.writeString(dir.resolve("notes.png"), "not an image").toString();
        notAModel = Files.writeString(dir.resolve("model.zip"), "not a model").toString();
        Path image = dir.resolve("big.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), "png", image.toFile());
        big = image.toString();
    }

    @Test
    @Order(1)
    void matchAnswersInItsExitCodeAndPrintsJson() throws IOException {
        Cli run = Distribution.run("match", a, b, "--model", model, "--json");
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, "exit " + run.exitCode() + ": " + run.err());
        assertEquals("", run.err());
        JsonNode json = ResultsMapper.MAPPER.readTree(run.out());
        assertEquals(run.exitCode() == 0, json.get("match").asBoolean(), run.out());
        assertTrue(json.get("distance").asDouble() >= 0, run.out());
    }

    @Test
    @Order(2)
    void scoreOfAFolderGivesItsMetrics() throws IOException {
        Cli run = Distribution.run("score", scans, "--model", model, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ResultsMapper.MAPPER.readTree(run.out());
        assertEquals(2, json.get("fingers").asInt(), run.out());
        assertTrue(json.get("genuinePairs").asInt() > 0 && json.get("impostorPairs").asInt() == 1, run.out());
        double eer = json.get("eer").asDouble();
        assertTrue(eer >= 0 && eer <= 1, run.out());
    }

    @Test
    void badInputsOfMatch() {
        Distribution.assertUserError("match", missing, b, "--model", model);
        Distribution.assertUserError("match", text, b, "--model", model);
        Distribution.assertUserError("match", big, b, "--model", model);
        Distribution.assertUserError("match", a, b, "--model", dir.resolve("nowhere").toString());
        Distribution.assertUserError("match", a, b, "--model", notAModel);
        Distribution.assertUserError("match", a, b);
        Distribution.assertUserError("match", a, b, "--model", model, "--threshold", "abc");
        Distribution.assertUserError("match", a, b, "--model", model, "-o", dir.toString());
    }

    @Test
    void badInputsOfInfo() {
        Distribution.assertUserError("info", dir.resolve("nowhere").toString());
        Distribution.assertUserError("info", notAModel);
        Distribution.assertUserError("info", "dev.siamese:absent:1", "--repository", dir.toString());
        Distribution.assertUserError("info", model, "--colour");
    }

    @Test
    void badInputsOfEnrollAndIdentify() throws IOException {
        String gallery = dir.resolve("g.bin").toString();
        String notAGallery = Files.writeString(dir.resolve("notes.bin"), "not a gallery").toString();
        Distribution.assertUserError("enroll", dir.resolve("nowhere").toString(), "--model", model, "-g", gallery);
        Distribution.assertUserError("enroll", scans, "--model", model, "-g", gallery, "--format", "int4");
        Distribution.assertUserError("enroll", scans, "--model", model, "-g", gallery, "--identity-pattern", "([");
        Distribution.assertUserError("identify", a, "--model", model, "-g", notAGallery);
        Distribution.assertUserError("identify", a, "--model", model, "-g", gallery, "--top", "0");
    }

    @Test
    void badInputsOfScoreAndOfTheCommandLine() throws IOException {
        Path withText = Files.createDirectories(dir.resolve("with-text"));
        Files.copy(Path.of(a), withText.resolve("A1.bmp"));
        Files.writeString(withText.resolve("A2.png"), "not an image");
        Files.copy(Path.of(b), withText.resolve("B1.bmp"));
        Distribution.assertUserError("score", dir.resolve("nowhere").toString(), "--model", model);
        Distribution.assertUserError("score", withText.toString(), "--model", model, "--identity-pattern", "^(.)");
        Distribution.assertUserError("score", scans, "--model", model, "--identity-pattern", "(bmp)$");
        Distribution.assertUserError("frobnicate");
        Distribution.assertUserError("--bogus");
    }
}
