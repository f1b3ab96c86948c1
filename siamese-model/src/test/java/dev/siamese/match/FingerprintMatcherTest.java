package dev.siamese.match;

import dev.siamese.model.BatchedDistances;
import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import dev.siamese.data.GrayImage;
import dev.siamese.model.SiameseNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintMatcherTest {
    @TempDir
    Path dir;

    @Test
    void distanceIsTheNetworksAndTheDecisionUsesTheStoredThreshold() throws IOException {
        Path out = MatcherFixture.outputFolder(dir, 1, 0.05);
        FingerprintMatcher matcher = FingerprintMatcher.load(out);
        List<GrayImage> imgs = MatcherFixture.images(2, MatcherFixture.SIZE, 7);
        double expected = BatchedDistances.of(SiameseNetwork.load(out.resolve(OutputFiles.MODEL_FILE)),
                List.of(imgs.get(0)), List.of(imgs.get(1)))[0];
        Verification v = matcher.verify(imgs.get(0), imgs.get(1));
        assertEquals(expected, v.distance(), 1e-5);
        assertEquals(0.05, v.threshold());
        assertEquals(expected < 0.05, v.matches());
        assertTrue(matcher.matches(imgs.get(0), imgs.get(0)), "an image matches itself");
        assertEquals(4, matcher.embed(imgs.get(0)).dimensions());
        // the model zip alone finds matcher.json beside it
        assertEquals(0.05, FingerprintMatcher.load(out.resolve(OutputFiles.MODEL_FILE)).threshold().getAsDouble());
    }

    @Test
    void aWrongSizeIsOneClearErrorOrAResizeWhenAskedFor() throws IOException {
        Path out = MatcherFixture.outputFolder(dir, 1, 0.05);
        GrayImage big = MatcherFixture.images(1, 20, 3).get(0);
        ExperimentException e = assertThrows(ExperimentException.class, () -> FingerprintMatcher.load(out).embed(big));
        assertEquals("image: image is 20×20 pixels; the model takes 16×16 (resize the scans or choose resize policy bilinear)",
                e.getMessage());
        assertEquals(4, FingerprintMatcher.load(out, ResizePolicy.BILINEAR).embed(big).dimensions());
    }

    @Test
    void refusesTheSettingsOfAnotherModelAndDecidesNothingWithoutAThreshold() throws IOException {
        Path out = MatcherFixture.outputFolder(dir, 1, 0.05);
        Path settings = dir.resolve("keep.json");
        Files.copy(out.resolve(OutputFiles.MATCHER_FILE), settings);
        MatcherFixture.outputFolder(dir, 2, null); // another model, the old matcher.json gone stale
        Files.copy(settings, out.resolve(OutputFiles.MATCHER_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ExperimentException stale = assertThrows(ExperimentException.class, () -> FingerprintMatcher.load(out));
        assertTrue(stale.getMessage().contains("belongs to model"), stale.getMessage());
        Files.delete(out.resolve(OutputFiles.MATCHER_FILE));
        FingerprintMatcher bare = FingerprintMatcher.load(out);
        assertFalse(bare.threshold().isPresent());
        GrayImage img = MatcherFixture.images(1, MatcherFixture.SIZE, 3).get(0);
        ExperimentException none = assertThrows(ExperimentException.class, () -> bare.matches(img, img));
        assertTrue(none.getMessage().contains("no operating threshold"), none.getMessage());
        assertTrue(bare.withThreshold(0.1).matches(img, img));
        ExperimentException missing = assertThrows(ExperimentException.class,
                () -> FingerprintMatcher.load(dir.resolve("nothing.zip")));
        assertEquals(dir.resolve("nothing.zip") + ": model not found", missing.getMessage());
    }

    @Test
    void threadsShareOneMatcher() throws Exception {
        FingerprintMatcher matcher = FingerprintMatcher.load(MatcherFixture.outputFolder(dir, 1, 0.05));
        List<GrayImage> imgs = MatcherFixture.images(8, MatcherFixture.SIZE, 5);
        float[][] alone = new float[imgs.size()][];
        for (int i = 0; i < imgs.size(); i++) {
            alone[i] = matcher.embed(imgs.get(i)).values();
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<float[]>> futures = imgs.stream().map(img -> pool.submit(() -> matcher.embed(img).values())).toList();
                for (int i = 0; i < imgs.size(); i++) {
                    assertArrayEquals(alone[i], futures.get(i).get());
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
