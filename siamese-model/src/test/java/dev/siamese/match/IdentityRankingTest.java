package dev.siamese.match;

import dev.siamese.ExperimentException;
import dev.siamese.distance.EmbeddingDistance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdentityRankingTest {
    private static final int E = 8;

    /** A gallery of templates {@code (x, 1, 0, ...)}: identity and x per template. */
    private static Gallery line(EmbeddingDistance rule, List<String> identities, List<Float> xs) {
        float[] values = new float[identities.size() * E];
        List<GalleryEntry> entries = new ArrayList<>();
        for (int i = 0; i < identities.size(); i++) {
            values[i * E] = xs.get(i);
            values[i * E + 1] = 1f;
            entries.add(new GalleryEntry(identities.get(i), identities.get(i) + "_" + i + ".png"));
        }
        return Gallery.ofFloats("sha", rule, E, entries, values);
    }

    private static float[] probe(float x) {
        float[] p = new float[E];
        p[0] = x;
        p[1] = 1f;
        return p;
    }

    private static List<String> identities(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::identity).toList();
    }

    @Test
    void threeImpressionsOfOneFingerTakeOnePlaceInTheTop() {
        for (EmbeddingDistance rule : EmbeddingDistance.values()) {
            Gallery g = line(rule, List.of("D", "A", "B", "A", "C", "A"), List.of(4f, 0.02f, 0.5f, 0.01f, 1f, 0.03f));
            ExactSearch search = new ExactSearch(g);
            List<SearchHit> byTemplate = search.search(probe(0f), 3);
            assertEquals(List.of("A", "A", "A"), identities(byTemplate), rule + ": what ranking templates gives");

            List<SearchHit> byIdentity = new IdentityRanking(search).search(List.of(probe(0f)), 3).get(0);
            assertEquals(List.of("A", "B", "C"), identities(byIdentity), rule.toString());
            assertEquals(List.of(1, 2, 3), byIdentity.stream().map(SearchHit::rank).toList());
            SearchHit a = byIdentity.get(0);
            assertEquals("A_3.png", a.source(), rule + ": an identity stands by its best template");
            assertEquals(3, a.index());
            assertEquals(byTemplate.get(0).distance(), a.distance(), 0.0, "and by that template's distance");
        }
    }

    @Test
    void anIdentityWithManyMoreImpressionsThanTheOthersStillLeavesTheRestTheirPlaces() {
        List<String> ids = new ArrayList<>();
        List<Float> xs = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // 40 impressions of A nearer than anything else: the average is 5
            ids.add("A");
            xs.add(0.001f * i);
        }
        for (int i = 0; i < 10; i++) {
            ids.add("F" + i);
            xs.add(1f + i);
        }
        ExactSearch search = new ExactSearch(line(EmbeddingDistance.EUCLIDEAN, ids, xs));
        assertEquals(List.of("A", "F0", "F1"), identities(new IdentityRanking(search).search(List.of(probe(0f)), 3).get(0)));
        assertEquals(List.of("A", "F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"),
                identities(new IdentityRanking(search).search(List.of(probe(0f)), 20).get(0)),
                "asked for more identities than there are: every identity once");
    }

    @Test
    void findsWhatTheBestTemplateOfEveryIdentityFinds() {
        Random r = new Random(7);
        int n = 3000;
        float[] values = new float[n * E];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) r.nextGaussian();
        }
        List<GalleryEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) { // identities of 1 to 12 impressions
            entries.add(new GalleryEntry("id" + (i * 7919 % 400) % (1 + i % 12) + "_" + i % 12, "img" + i));
        }
        for (EmbeddingDistance rule : EmbeddingDistance.values()) {
            Gallery g = Gallery.ofFloats("sha", rule, E, entries, values);
            List<float[]> probes = List.of(g.template(17), g.template(2500), probe(0.3f));
            List<List<SearchHit>> found = new IdentityRanking(new ExactSearch(g)).search(probes, 10);
            for (int p = 0; p < probes.size(); p++) {
                assertEquals(bruteForce(g, probes.get(p), 10), identities(found.get(p)), rule + " probe " + p);
            }
        }
    }

    /** The k identities nearest by their nearest template, one template at a time. */
    private static List<String> bruteForce(Gallery g, float[] probe, int k) {
        Map<String, Double> best = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            best.merge(g.entries().get(i).identity(), g.distance().between(probe, g.template(i)), Math::min);
        }
        return best.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).limit(k).map(Map.Entry::getKey).toList();
    }

    @Test
    void bestKeepsTheFirstTemplateOfEachIdentityAndRanksAgain() {
        List<SearchHit> templates = List.of(new SearchHit(1, 4, "A", "a1", 0.1), new SearchHit(2, 7, "A", "a2", 0.2),
                new SearchHit(3, 2, "B", "b1", 0.3), new SearchHit(4, 9, "A", "a3", 0.4),
                new SearchHit(5, 1, "C", "c1", 0.5));
        assertEquals(List.of(new SearchHit(1, 4, "A", "a1", 0.1), new SearchHit(2, 2, "B", "b1", 0.3)),
                IdentityRanking.best(templates, 2));
        assertEquals(List.of("A", "B", "C"), identities(IdentityRanking.best(templates, 5)));
    }

    @Test
    void rankingIsParsedFromItsWrittenName() {
        assertEquals(Ranking.TEMPLATES, Ranking.parse("Templates", "x"));
        assertEquals("siamese.identify.rank: \"fingers\" is not allowed; allowed: identities, templates",
                assertThrows(ExperimentException.class,
                        () -> Ranking.parse("fingers", "siamese.identify.rank")).getMessage());
    }
}
