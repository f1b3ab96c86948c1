package dev.siamese.match;

import dev.siamese.distance.EmbeddingDistance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HnswIndexTest {
    /** {@code n} random Gaussian templates of {@code e} values, one identity each. */
    private static Gallery gallery(EmbeddingDistance rule, int n, int e, Random r) {
        float[] values = new float[n * e];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) r.nextGaussian();
        }
        List<GalleryEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new GalleryEntry("id" + i, "img" + i));
        }
        return Gallery.ofFloats("sha", rule, e, entries, values);
    }

    @Test
    void findsNearlyAllOfTheExactTopTenAndReportsTheRulesDistance() {
        for (EmbeddingDistance rule : EmbeddingDistance.values()) {
            Random r = new Random(3);
            Gallery g = gallery(rule, 1500, 16, r);
            ExactSearch exact = new ExactSearch(g);
            for (int threads : new int[] {1, 2}) {
                assertFindsTheExactTopTen(g, exact, HnswIndex.build(g, 16, 100, 1, threads), r,
                        rule + ", " + threads + " threads");
            }
        }
    }

    @Test
    void oneThreadBuildsTheSameGraphFromTheSameSeed() {
        Gallery g = gallery(EmbeddingDistance.COSINE, 400, 8, new Random(4));
        HnswIndex a = HnswIndex.build(g, 8, 50, 7, 1);
        HnswIndex b = HnswIndex.build(g, 8, 50, 7, 1);
        for (int p = 0; p < 10; p++) {
            float[] probe = g.template(p * 13);
            assertEquals(a.search(probe, 5, 5), b.search(probe, 5, 5));
        }
    }

    private static void assertFindsTheExactTopTen(Gallery g, ExactSearch exact, HnswIndex index, Random r, String what) {
        int e = g.dimensions();
        EmbeddingDistance rule = g.distance();
        {
            int found = 0;
            for (int p = 0; p < 20; p++) {
                float[] probe = new float[e];
                for (int j = 0; j < e; j++) {
                    probe[j] = (float) r.nextGaussian();
                }
                List<Integer> truth = exact.search(probe, 10).stream().map(SearchHit::index).toList();
                List<SearchHit> hits = index.search(probe, 10, 100);
                assertEquals(10, hits.size());
                for (SearchHit h : hits) {
                    assertEquals(rule.between(probe, g.template(h.index())), h.distance(), 1e-9);
                    found += truth.contains(h.index()) ? 1 : 0;
                }
            }
            assertTrue(found / 200.0 >= 0.9, what + " recall@10 " + found / 200.0);
            assertEquals(42, index.search(g.template(42), 1, 50).get(0).index(), "a template finds itself");
        }
    }
}
