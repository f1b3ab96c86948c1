package dev.siamese.pairs;

import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.data.Split;
import dev.siamese.spec.PairStrategy;
import dev.siamese.spec.PairsSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairSamplerTest {

    private static List<String> identities(int fingers, int scans) {
        List<String> ids = new ArrayList<>();
        for (int f = 0; f < fingers; f++) {
            for (int s = 0; s < scans; s++) {
                ids.add("F" + f);
            }
        }
        return ids;
    }

    @Test
    void seedStrategyGivesTheFirstThirdAGenuinePartnerAndLabelsByIdentity() {
        List<String> ids = identities(2, 12); // 24 images as the seed's training split
        List<Pair> pairs = new SeedPairSampler(1.0 / 3).sample(ids, new Random(3));
        assertEquals(24, pairs.size());
        for (int i = 0; i < 8; i++) {
            assertEquals(1, pairs.get(i).label(), "pair " + i + " must be genuine");
        }
        for (Pair p : pairs) {
            assertEquals(ids.get(p.left()).equals(ids.get(p.right())) ? 1 : 0, p.label());
        }
    }

    @Test
    void seedStrategyLabelShareIsAThirdPlusChanceOverManyDraws() {
        // Expected genuine share with 10 fingers: 1/3 + 2/3 × 1/10 = 0.4
        List<String> ids = identities(10, 30);
        double total = 0;
        for (int r = 0; r < 20; r++) {
            List<Pair> pairs = new SeedPairSampler(1.0 / 3).sample(ids, new Random(r));
            total += pairs.stream().mapToInt(Pair::label).sum() / (double) pairs.size();
        }
        assertEquals(0.4, total / 20, 0.02);
    }

    @Test
    void balancedGivesEachImageOneGenuineAndOneImpostor() {
        List<String> ids = identities(5, 4);
        List<Pair> pairs = new BalancedPairSampler().sample(ids, new Random(1));
        assertEquals(40, pairs.size());
        assertEquals(20, pairs.stream().mapToInt(Pair::label).sum());
        for (Pair p : pairs) {
            if (p.label() == 1) {
                assertNotEquals(p.left(), p.right(), "a genuine partner is another scan when there is one");
                assertEquals(ids.get(p.left()), ids.get(p.right()));
            } else {
                assertNotEquals(ids.get(p.left()), ids.get(p.right()));
            }
        }
    }

    @Test
    void plannerIsDeterministicAndStaysInsideItsSplit() {
        List<LabeledImage> images = new ArrayList<>();
        for (String id : identities(4, 5)) {
            images.add(new LabeledImage(id + "_" + images.size(), id, GrayImage.filled(1, 1, 0)));
        }
        PairsSpec spec = new PairsSpec(PairStrategy.SEED, 1.0 / 3);
        List<ImagePair> a = PairPlanner.plan(images, spec, true, 9, Split.TRAIN);
        assertEquals(a, PairPlanner.plan(images, spec, true, 9, Split.TRAIN));
        assertNotEquals(a, PairPlanner.plan(images, spec, true, 10, Split.TRAIN));
        Set<String> files = new HashSet<>();
        images.forEach(i -> files.add(i.file()));
        for (ImagePair p : a) {
            assertTrue(files.contains(p.left()) && files.contains(p.right()));
        }
    }

    @Test
    void fvcProtocolCountsAreCk2PerFingerAndCn2Impostors() {
        for (int[] nk : new int[][] {{100, 8}, {20, 8}, {5, 3}, {2, 1}}) {
            int n = nk[0];
            int k = nk[1];
            List<String> ids = identities(n, k);
            List<Pair> pairs = new FvcPairSampler().sample(ids, new Random(1));
            long genuine = pairs.stream().filter(p -> p.label() == 1).count();
            assertEquals((long) n * k * (k - 1) / 2, genuine, n + "×" + k);
            assertEquals((long) n * (n - 1) / 2, pairs.size() - genuine, n + "×" + k);
            for (Pair p : pairs) {
                assertTrue(p.left() < p.right(), "no symmetric duplicates or self pairs");
                if (p.label() == 0) {
                    assertEquals(0, p.left() % k, "impostors compare first impressions");
                    assertEquals(0, p.right() % k);
                }
            }
        }
    }

    /** Fingers of several folders (sensors) meet as impostors only within their folder, as FVC judges each database. */
    @Test
    void fvcImpostorsStayWithinAFolder() {
        List<String> ids = new ArrayList<>();
        for (String db : List.of("db1", "db2", "db3")) {
            for (int f = 0; f < 4; f++) {
                for (int i = 0; i < 2; i++) {
                    ids.add(db + "/" + f);
                }
            }
        }
        List<Pair> pairs = new FvcPairSampler().sample(ids, new Random(1));
        long genuine = pairs.stream().filter(p -> p.label() == 1).count();
        assertEquals(12, genuine, "one genuine pair per finger of two impressions");
        assertEquals(3 * 6, pairs.size() - genuine, "C(4, 2) impostors in each of three folders, none across");
        for (Pair p : pairs) {
            assertEquals(ScanGroups.of(ids.get(p.left())), ScanGroups.of(ids.get(p.right())));
        }
        assertEquals("", ScanGroups.of("101_4"), "a single folder's identities form one group");
        List<Pair> all = new AllPairSampler().sample(ids, new Random(1));
        assertEquals(12, all.stream().filter(p -> p.label() == 1).count());
        assertEquals(3 * (8 * 7 / 2 - 4), all.size() - 12, "every impostor pair of 8 images in each folder, none across");
    }

    @Test
    void fvcValidationKeepsDataSetOrderWhileTrainingIsShuffled() {
        List<LabeledImage> images = new ArrayList<>();
        for (String id : identities(3, 3)) {
            images.add(new LabeledImage(id + "_" + images.size(), id, GrayImage.filled(1, 1, 0)));
        }
        PairsSpec spec = new PairsSpec(PairStrategy.BALANCED, 1.0 / 3, PairStrategy.FVC);
        List<ImagePair> validation = PairPlanner.plan(images, spec, true, 4, Split.VALIDATION);
        assertEquals(9 + 3, validation.size());
        assertEquals(new ImagePair("F0_0", "F0_1", 1), validation.get(0));
        assertEquals(new ImagePair("F0_0", "F1_3", 0), validation.get(9));
        List<ImagePair> train = PairPlanner.plan(images, spec, true, 4, Split.TRAIN);
        assertEquals(18, train.size(), "balanced: two pairs per image");
    }
}
