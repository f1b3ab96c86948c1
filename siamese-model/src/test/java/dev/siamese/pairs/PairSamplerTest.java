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
}
