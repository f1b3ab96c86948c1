package dev.siamese.baseline;

import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.data.GrayImage;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.eval.MetricsCalculator;
import dev.siamese.eval.PairMetrics;
import dev.siamese.eval.ScoredPairs;
import dev.siamese.pairs.ImagePair;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceAfisScorerTest {
    /** 6 fingers × 3 impressions at 128 × 128, all in training, balanced pairs (18 genuine, 18 impostor). */
    static final String SPEC = """
            {"schemaVersion": 1, "name": "afis-small",
             "dataset": {"type": "synthetic-fingerprints", "fingers": 6, "impressionsPerFinger": 3, "size": 128},
             "split": {"validationFraction": 0},
             "pairs": {"strategy": "balanced"},
             "model": {"type": "sourceafis"}}
            """;

    @TempDir
    static Path dir;
    static ExperimentSpec spec;
    static PreparedDataset data;

    @BeforeAll
    static void prepare() throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, SPEC);
        spec = new ExperimentSpecReader().read(file);
        new DatasetPreparer().prepare(spec, dir.resolve("dataset"));
        data = PreparedDataset.read(dir.resolve("dataset"));
    }

    @Test
    void genuinePairsLieCloserThanImpostorPairs() {
        List<ImagePair> pairs = data.pairs().train();
        ScoredPairs scored = new SourceAfisScorer(spec.model().dpi()).score(data, pairs);
        PairMetrics m = MetricsCalculator.compute(scored, 0.5, 1.0);
        assertEquals(18, m.genuinePairs());
        assertEquals(18, m.impostorPairs());
        assertTrue(m.genuineDistances().mean() < m.impostorDistances().mean(),
                "genuine mean " + m.genuineDistances().mean() + " vs impostor mean " + m.impostorDistances().mean());
        assertTrue(m.rocAuc() > 0.8, "ROC AUC " + m.rocAuc());
        for (double d : scored.distances()) {
            assertTrue(d > 0 && d <= 1, "distance " + d);
        }
    }

    @Test
    void eachImageIsExtractedOnceAndTheDistancesDoNotDependOnThreads() {
        List<ImagePair> pairs = data.pairs().train();
        SourceAfisScorer parallel = new SourceAfisScorer(spec.model().dpi(), 4);
        ScoredPairs first = parallel.score(data, pairs);
        assertEquals(18, parallel.extractions(), "one template per image, though every image is in several pairs");
        ScoredPairs again = parallel.score(data, pairs);
        assertEquals(18, parallel.extractions(), "scoring again reuses the templates");
        assertArrayEquals(first.distances(), again.distances());

        SourceAfisScorer serial = new SourceAfisScorer(spec.model().dpi(), 1);
        ScoredPairs one = serial.score(data, pairs.subList(0, 6));
        assertArrayEquals(java.util.Arrays.copyOf(first.distances(), 6), one.distances(),
                "one thread gives the same distances as four");
        assertTrue(serial.extractions() <= 12);
    }

    @Test
    void templateByNameIsCached() {
        SourceAfisScorer scorer = new SourceAfisScorer(500, 2);
        GrayImage image = data.images().values().iterator().next().image();
        var t = scorer.template("x", image);
        assertSame(t, scorer.template("x", image));
        assertEquals(1, scorer.extractions());
        Map<String, GrayImage> more = new LinkedHashMap<>();
        more.put("x", image);
        more.put("y", image);
        scorer.extract(more);
        assertEquals(2, scorer.extractions(), "only the new name is extracted");
    }

    @Test
    void anImageMatchesItselfFarBetterThanAnotherFinger() {
        SourceAfisScorer scorer = new SourceAfisScorer(spec.model().dpi(), 1);
        List<String> names = new ArrayList<>(data.images().keySet());
        String a = names.get(0);
        String other = names.stream().filter(n -> !data.images().get(n).identity().equals(data.images().get(a).identity()))
                .findFirst().orElseThrow();
        ScoredPairs s = scorer.score(data, List.of(new ImagePair(a, a, 1), new ImagePair(a, other, 0)));
        assertTrue(s.distances()[0] < 0.5, "self match at distance " + s.distances()[0]);
        assertTrue(s.distances()[0] < s.distances()[1]);
    }

    @Test
    void distanceMapsTheThresholdToOneHalfAndFallsWithSimilarity() {
        assertEquals(0.5, SourceAfisScorer.distance(40), 0);
        assertEquals(1.0, SourceAfisScorer.distance(0), 0);
        double previous = Double.POSITIVE_INFINITY;
        for (double s = 0; s <= 1000; s += 0.5) {
            double d = SourceAfisScorer.distance(s);
            assertTrue(d < previous, "strictly decreasing at s = " + s);
            assertTrue(d > 0 && d <= 1);
            previous = d;
        }
        assertTrue(SourceAfisScorer.distance(41) < 0.5 && SourceAfisScorer.distance(39) > 0.5);
        assertThrows(IllegalArgumentException.class, () -> SourceAfisScorer.distance(-1));
        assertThrows(IllegalArgumentException.class, () -> SourceAfisScorer.distance(Double.NaN));
    }
}
