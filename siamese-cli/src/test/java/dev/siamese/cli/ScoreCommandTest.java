package dev.siamese.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.siamese.ResultsMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code siamese score} on a tiny model's scans: FVC's comparisons counted, metrics as evaluation defines them. */
class ScoreCommandTest {
    @TempDir
    static Path dir;
    static TinyModel tiny;
    static String model;
    static Path scans;

    @BeforeAll
    static void trainATinyModel() throws IOException {
        tiny = TinyModel.shared();
        model = tiny.outputFolder().toString();
        scans = tiny.scanFolder();
    }

    @Test
    void scoresEveryFvcComparisonOfTheFolder() throws IOException {
        Path csv = dir.resolve("scores.csv");
        Path out = dir.resolve("score.json");
        Cli run = Cli.run("score", scans.toString(), "--model", model, "--json", "--scores", csv.toString(),
                "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ResultsMapper.MAPPER.readTree(run.out());
        assertEquals(json, ResultsMapper.MAPPER.readTree(out.toFile()));

        Map<String, Long> perFinger = tiny.scans().stream()
                .collect(Collectors.groupingBy(p -> p.getFileName().toString().substring(0, 1), Collectors.counting()));
        long genuine = perFinger.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
        long fingers = perFinger.size();
        assertEquals(tiny.scans().size(), json.get("scans").asInt());
        assertEquals(fingers, json.get("fingers").asInt());
        assertEquals(genuine, json.get("genuinePairs").asInt(), "C(k, 2) per finger");
        assertEquals(fingers * (fingers - 1) / 2, json.get("impostorPairs").asInt(), "first impressions: C(n, 2)");
        for (String rate : List.of("eer", "fmr100", "fmr1000", "zeroFmr", "rocAuc")) {
            double v = json.get(rate).asDouble();
            assertTrue(v >= 0 && v <= 1, rate + " " + v);
        }

        List<String> lines = Files.readAllLines(csv);
        assertEquals(ScoresCsv.HEADER, lines.get(0));
        assertEquals(genuine + fingers * (fingers - 1) / 2, lines.size() - 1);
        Map<String, Long> byLabel = lines.stream().skip(1).map(l -> l.split(",")[2])
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(genuine, byLabel.get("1"));
    }

    @Test
    void theTextGivesTheEerAndTheErrorsAtTheThreshold() throws IOException {
        Cli run = Cli.run("score", scans.toString(), "--model", model);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(1).startsWith("EER "), run.out());
        assertTrue(lines.get(2).startsWith("at threshold ") && lines.get(2).contains("from matcher.json"), run.out());

        Cli given = Cli.run("score", scans.toString(), "--model", model, "--threshold", "1e-12", "--json");
        JsonNode json = ResultsMapper.MAPPER.readTree(given.out());
        assertEquals("given", json.get("thresholdSource").asText());
        assertEquals(0.0, json.get("fmr").asDouble(), "nothing is that close");
        assertEquals(1.0, json.get("fnmr").asDouble());
    }

    @Test
    void userErrorsAreOneLineOnStderrAndExitCode2() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.writeString(folder.resolve("keep"), "a file in the way");
        List<String[]> mistakes = List.of(
                new String[]{"score", empty.toString(), "--model", model},
                new String[]{"score", dir.resolve("nowhere").toString(), "--model", model},
                new String[]{"score", scans.toString(), "--model", model, "--identity-pattern", "(["},
                new String[]{"score", scans.toString(), "--model", model, "--identity-pattern", "^()"},
                new String[]{"score", scans.toString(), "--model", model, "--identity-pattern", "^(.*)$"},
                new String[]{"score", scans.toString(), "--model", model, "--identity-pattern", "(bmp)$"},
                new String[]{"score", scans.toString(), "--model", dir.resolve("nowhere").toString()},
                new String[]{"score", scans.toString(), "--model", model, "--scores", folder.toString()},
                new String[]{"score", scans.toString()});
        mistakes.forEach(Cli::assertUserError);
        assertTrue(Cli.run("score", scans.toString(), "--model", model, "--identity-pattern", "(bmp)$").err()
                .contains("no impostor comparison"));
    }
}
