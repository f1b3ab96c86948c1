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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code siamese enroll} and {@code siamese identify} on a tiny model's scans. */
class GalleryCommandsTest {
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
    void enrollsAFolderAndIdentifiesAScanAsItsFinger() throws IOException {
        Path gallery = dir.resolve("gallery.bin");
        Cli enroll = Cli.run("enroll", scans.toString(), "--model", model, "-g", gallery.toString(), "--json");
        assertEquals(0, enroll.exitCode(), enroll.err());
        JsonNode enrolled = ResultsMapper.MAPPER.readTree(enroll.out());
        assertEquals(tiny.scans().size(), enrolled.get("images").asInt());
        assertEquals(2, enrolled.get("identities").asInt(), "stripes A and B");
        assertTrue(Files.size(gallery) > 0);

        Path probe = tiny.last(); // a B scan
        Path out = dir.resolve("identify.json");
        Cli identify = Cli.run("identify", probe.toString(), "--model", model, "-g", gallery.toString(), "--top", "3",
                "-o", out.toString());
        assertEquals(0, identify.exitCode(), identify.err());
        JsonNode report = ResultsMapper.MAPPER.readTree(out.toFile());
        JsonNode hits = report.get("probes").get(0).get("hits");
        assertEquals(2, hits.size(), "top 3 of 2 enrolled identities, ranked by identity: each once");
        assertEquals("B", hits.get(0).get("identity").asText(), report.toString());
        assertEquals("A", hits.get(1).get("identity").asText(), report.toString());
        assertTrue(identify.out().contains(probe.getFileName().toString()), identify.out());
    }

    @Test
    void userErrorsAreOneLineOnStderrAndExitCode2() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path notAGallery = Files.writeString(dir.resolve("notes.bin"), "not a gallery");
        String g = dir.resolve("g.bin").toString();
        List<String[]> mistakes = List.of(
                new String[]{"enroll", empty.toString(), "--model", model, "-g", g},
                new String[]{"enroll", dir.resolve("nowhere").toString(), "--model", model, "-g", g},
                new String[]{"enroll", scans.toString(), "--model", model, "-g", g, "--format", "int4"},
                new String[]{"enroll", scans.toString(), "--model", model, "-g", g, "--identity-pattern", "(["},
                new String[]{"enroll", scans.toString(), "--model", dir.resolve("nowhere").toString(), "-g", g},
                new String[]{"enroll", scans.toString(), "--model", model},
                new String[]{"identify", scans.toString(), "--model", model, "-g", notAGallery.toString()},
                new String[]{"identify", scans.toString(), "--model", model, "-g", dir.resolve("none.bin").toString()},
                new String[]{"identify", scans.toString(), "--model", model, "-g", g, "--top", "0"},
                new String[]{"identify", scans.toString(), "--model", model, "-g", g, "--top", "many"});
        mistakes.forEach(Cli::assertUserError);
    }
}
