package dev.siamese.match;

import dev.siamese.distance.EmbeddingDistance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExactSearchTest {
    private static final int N = 5000; // more than two blocks
    private static final int E = 16;

    private static float[] random(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }

    private static List<GalleryEntry> entries(int n) {
        List<GalleryEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new GalleryEntry("id" + i / 4, "img" + i));
        }
        return out;
    }

    /** The k nearest by the rule itself, one pair at a time. */
    private static int[] bruteForce(Gallery g, float[] probe, int k) {
        return IntStream.range(0, g.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> g.distance().between(probe, g.template(i)))
                        .thenComparing(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void float32FindsWhatComparingEveryPairFinds() {
        for (EmbeddingDistance rule : EmbeddingDistance.values()) {
            Random r = new Random(1);
            Gallery g = Gallery.ofFloats("sha", rule, E, entries(N), random(r, N * E));
            ExactSearch search = new ExactSearch(g);
            List<float[]> probes = List.of(random(r, E), random(r, E), g.template(1234));
            List<List<SearchHit>> batched = search.search(probes, 5);
            for (int p = 0; p < probes.size(); p++) {
                int[] expected = bruteForce(g, probes.get(p), 5);
                List<SearchHit> hits = batched.get(p);
                assertEquals(5, hits.size());
                for (int j = 0; j < 5; j++) {
                    assertEquals(expected[j], hits.get(j).index(), rule + " probe " + p + " rank " + (j + 1));
                    assertEquals(j + 1, hits.get(j).rank());
                    assertEquals(rule.between(probes.get(p), g.template(expected[j])), hits.get(j).distance(), 1e-9);
                }
                assertEquals(hits, search.search(probes.get(p), 5), "one probe alone ranks as in a batch");
            }
            assertEquals(1234, batched.get(2).get(0).index(), "an enrolled template finds itself first");
            assertEquals("id308", batched.get(2).get(0).identity());
        }
    }

    @Test
    void int8KeepsNearlyAllOfTheExactTopTen() {
        Random r = new Random(2);
        Gallery floats = Gallery.ofFloats("sha", EmbeddingDistance.EUCLIDEAN, E, entries(N), random(r, N * E));
        Gallery codes = floats.quantised();
        assertEquals(TemplateFormat.INT8, codes.format());
        float[] t = floats.template(7);
        float[] d = codes.template(7);
        float max = 0;
        for (float v : t) {
            max = Math.max(max, Math.abs(v));
        }
        for (int j = 0; j < E; j++) {
            assertTrue(Math.abs(t[j] - d[j]) <= max / 127 / 2 + 1e-6, "quantisation error within half a step");
        }
        int found = 0;
        int probes = 20;
        ExactSearch exact = new ExactSearch(floats);
        ExactSearch quantised = new ExactSearch(codes);
        for (int p = 0; p < probes; p++) {
            float[] probe = random(r, E);
            List<Integer> truth = exact.search(probe, 10).stream().map(SearchHit::index).toList();
            found += (int) quantised.search(probe, 10).stream().filter(h -> truth.contains(h.index())).count();
        }
        double recall = found / (10.0 * probes);
        assertTrue(recall >= 0.9, "int8 recall@10 " + recall);
        assertEquals(7, quantised.search(floats.template(7), 1).get(0).index());
    }
}
