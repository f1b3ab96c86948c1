package dev.siamese.bench;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.match.ExactSearch;
import dev.siamese.match.Gallery;
import dev.siamese.match.HnswIndex;
import dev.siamese.match.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench-search's gallery at a small size, for correctness only (the benchmark prints the figures). */
class PrintGalleryTest {
    private static final int E = 24;

    /** Fingers with anisotropic centres and a spread a tenth of theirs: what a matcher's embeddings look like. */
    private static PrintEmbeddings embeddings(int fingers, int impressions, long seed) {
        Random r = new Random(seed);
        List<List<float[]>> out = new ArrayList<>();
        for (int f = 0; f < fingers; f++) {
            float[] centre = new float[E];
            for (int j = 0; j < E; j++) {
                centre[j] = (float) (r.nextGaussian() * (1 + j % 4));
            }
            List<float[]> finger = new ArrayList<>();
            for (int i = 0; i < impressions; i++) {
                float[] t = new float[E];
                for (int j = 0; j < E; j++) {
                    t[j] = centre[j] + (float) (0.1 * r.nextGaussian() * (1 + j % 4));
                }
                finger.add(t);
            }
            out.add(finger);
        }
        return new PrintEmbeddings(out);
    }

    @Test
    void enrolsAllButOneImpressionOfEachRealFingerAndDrawsTheRest() {
        PrintEmbeddings real = embeddings(300, 5, 1);
        PrintGallery pg = PrintGallery.of(real, EmbeddingDistance.EUCLIDEAN, 10_000, 7);
        Gallery g = pg.gallery();
        assertEquals(10_000, g.size());
        assertEquals(1200, pg.realRows());
        assertEquals(2200, pg.drawnFingers(), "8,800 drawn rows, 4 a finger");
        assertEquals(300, pg.probes().size());
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            rows.merge(g.entries().get(i).identity(), 1, Integer::sum);
        }
        assertEquals(300 + 2200, rows.size());
        for (int f = 0; f < 300; f++) {
            assertEquals(4, rows.get(PrintGallery.probeIdentity(f)));
        }
        assertTrue(rows.get("drawn-0") == 4 && rows.get("drawn-2199") == 4);
        assertArrayEquals(real.fingers().get(5).get(0), pg.probes().get(5), "the probe: impression 0");
    }

    @Test
    void drawnFingersSpreadLikeTheRealOnesAndTheSameSeedDrawsTheSameGallery() {
        PrintEmbeddings real = embeddings(400, 6, 2);
        PrintGallery a = PrintGallery.of(real, EmbeddingDistance.EUCLIDEAN, 20_000, 3);
        PrintGallery.Check c = a.check();
        assertEquals(c.realGenuine(), c.drawnGenuine(), 0.1 * c.realGenuine());
        assertEquals(c.realImpostor(), c.drawnImpostor(), 0.1 * c.realImpostor());
        assertTrue(c.drawnImpostor() > 5 * c.drawnGenuine());
        PrintGallery b = PrintGallery.of(real, EmbeddingDistance.EUCLIDEAN, 20_000, 3);
        for (int i = 0; i < 20_000; i += 997) {
            assertArrayEquals(a.gallery().template(i), b.gallery().template(i), "row " + i);
            assertEquals(a.gallery().entries().get(i), b.gallery().entries().get(i));
        }
    }

    @Test
    void theGraphBuiltOnTwoThreadsFindsTheExactTopTenOfTheProbes() {
        PrintGallery pg = PrintGallery.of(embeddings(200, 8, 4), EmbeddingDistance.COSINE, 8_000, 5);
        ExactSearch exact = new ExactSearch(pg.gallery());
        HnswIndex index = HnswIndex.build(pg.gallery(), 12, 60, 5, 2);
        List<List<SearchHit>> truth = exact.search(pg.probes(), 10);
        List<List<SearchHit>> found = pg.probes().stream().map(p -> index.search(p, 10, 50)).toList();
        assertTrue(SearchBenchmark.recall(truth, found) >= 0.95, "recall@10 " + SearchBenchmark.recall(truth, found));
        for (int p = 0; p < pg.probes().size(); p++) {
            assertEquals(PrintGallery.probeIdentity(p), truth.get(p).get(0).identity(), "probe " + p + " finds its finger");
        }
    }

    @Test
    void optionsAreKeyValuePairsOfKnownKeys() {
        Map<String, String> o = SearchBenchmark.options(new String[] {"size=1000  beam=64", ""});
        assertEquals("1000", o.get("size"));
        assertEquals("64", o.get("beam"));
        assertEquals("16", o.get("m"));
        assertThrows(IllegalArgumentException.class, () -> SearchBenchmark.options(new String[] {"sise=1000"}));
        assertThrows(IllegalArgumentException.class, () -> SearchBenchmark.options(new String[] {"size"}));
    }
}
