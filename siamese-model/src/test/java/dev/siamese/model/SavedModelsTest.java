package dev.siamese.model;

import dev.siamese.engine.FormerClassNames;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Networks saved by earlier code ({@link SavedModels}), whose configurations name the engine's classes by their
 * former names, load and give the distances they gave when saved.
 */
class SavedModelsTest {
    /**
     * How far a distance may move, relative to it: the fixtures were scored on one CPU, and another CPU's native
     * kernels may sum in another order. A network that loaded other weights, or other layers, moves them by far more.
     */
    private static final double ROUNDING = 1e-5;

    static Path folder(SavedModels.Fixture fixture) {
        try {
            return Path.of(SavedModelsTest.class.getResource("saved/" + fixture.folder()).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(SavedModels.Fixture.class)
    void loadsAndScoresAsWhenSaved(SavedModels.Fixture fixture) throws IOException {
        Path folder = folder(fixture);
        double[] expected = SavedModels.parseScores(Files.readString(folder.resolve("scores.txt")));
        assertEquals(SavedModels.PAIRS, expected.length);

        double[] actual = BatchedDistances.of(SiameseNetwork.load(folder.resolve("model.zip")), SavedModels.left(), SavedModels.right());

        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            double differs = Math.abs(expected[i] - actual[i]);
            assertTrue(differs <= ROUNDING * expected[i], fixture + ", pair " + i + ": " + actual[i] + " against "
                    + expected[i] + " when saved");
        }
    }

    @ParameterizedTest
    @EnumSource(SavedModels.Fixture.class)
    void savedAgainNamesTheClassesAsNamedNow(SavedModels.Fixture fixture, @TempDir Path dir) throws IOException {
        Path saved = folder(fixture).resolve("model.zip");
        String former = configuration(saved);
        assertNotEquals(former, FormerClassNames.current(former), "the fixture names classes by their former names");
        SiameseNetwork network = SiameseNetwork.load(saved);
        Path again = dir.resolve("model.zip");

        network.save(again);

        String current = configuration(again);
        assertEquals(current, FormerClassNames.current(current), "no former name left");
        assertArrayEquals(BatchedDistances.of(network, SavedModels.left(), SavedModels.right()),
                BatchedDistances.of(SiameseNetwork.load(again), SavedModels.left(), SavedModels.right()));
    }

    private static String configuration(Path model) throws IOException {
        try (ZipFile zip = new ZipFile(model.toFile()); InputStream in = zip.getInputStream(zip.getEntry("configuration.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
