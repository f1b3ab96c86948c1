package dev.siamese.eval;

import dev.siamese.data.DatasetManifest;
import dev.siamese.data.ManifestEntry;
import dev.siamese.data.Split;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PairsFile;
import dev.siamese.pairs.PreparedDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardedFusionTest {
    /** Training fingers 0..39, 4 impressions each, every genuine pair and impostor pairs of first impressions. */
    private static final PreparedDataset DATA = dataset(40, 4);

    private static PreparedDataset dataset(int fingers, int impressions) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int f = 0; f < fingers; f++) {
            for (int i = 0; i < impressions; i++) {
                entries.add(new ManifestEntry(file(f, i), "f" + f, sha(f, i), Split.TRAIN));
            }
        }
        List<ImagePair> pairs = new ArrayList<>();
        for (int f = 0; f < fingers; f++) {
            for (int i = 0; i < impressions; i++) {
                for (int j = i + 1; j < impressions; j++) {
                    pairs.add(new ImagePair(file(f, i), file(f, j), 1));
                }
            }
            for (int g = f + 1; g < fingers; g++) {
                pairs.add(new ImagePair(file(f, 0), file(g, 0), 0));
            }
        }
        DatasetManifest manifest = new DatasetManifest(DatasetManifest.SCHEMA_VERSION, "x", "folder", 8, 8, entries);
        return new PreparedDataset(Path.of("data"), manifest, new PairsFile(PairsFile.SCHEMA_VERSION, pairs, List.of()),
                Map.of());
    }

    private static String file(int finger, int impression) {
        return finger + "_" + impression + ".png";
    }

    private static String sha(int finger, int impression) {
        return String.format("%064x", finger * 100 + impression);
    }

    /** A matcher whose genuine distances are {@code separation} below its impostors', with unit Gaussian noise. */
    private static PairScorer matcher(double separation, long seed) {
        return (data, pairs) -> {
            Random r = new Random(seed);
            double[] d = new double[pairs.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = (pairs.get(i).label() == 1 ? 0 : separation) + r.nextGaussian();
            }
            return ScoredPairs.of(d, pairs);
        };
    }

    @Test
    void twoIndependentGoodMatchersAreFused() {
        FusionChoice c = GuardedFusion.choose(matcher(2.5, 1), matcher(2.5, 2), DATA, Set.of(), 7);
        assertEquals(FusionChoice.Kind.FUSED, c.kind(), c.reason());
        assertNotNull(c.fusion());
        assertTrue(c.guard().fused() < Math.min(c.guard().network(), c.guard().sourceAfis()), c.reason());
        assertEquals(160 * 159 / 2, c.fittedPairs(), "every pair of the 160 training images");
        assertFalse(c.unseenOnly(), "the model records no training images: pairs of every training image");
    }

    @Test
    void aNetworkThatAddsNothingIsLeftOut() {
        FusionChoice c = GuardedFusion.choose(matcher(0, 1), matcher(3, 2), DATA, Set.of(), 7);
        assertEquals(FusionChoice.Kind.SOURCEAFIS, c.kind(), c.reason());
        assertNull(c.fusion());
        assertEquals(0, c.networkWeight());
        assertEquals(1, c.sourceAfisWeight());
        ScoredPairs n = matcher(0, 1).score(DATA, DATA.pairs().validation());
        ScoredPairs a = matcher(3, 2).score(DATA, DATA.pairs().validation());
        assertEquals(a, c.apply(n, a), "SourceAFIS's own distances");
    }

    @Test
    void aMuchBetterNetworkIsUsedAloneWhenFusingDoesNotHelp() {
        FusionChoice c = GuardedFusion.choose(matcher(6, 1), matcher(0, 2), DATA, Set.of(), 7);
        assertTrue(c.kind() == FusionChoice.Kind.NETWORK || c.kind() == FusionChoice.Kind.FUSED, c.reason());
        assertTrue(c.kind() != FusionChoice.Kind.SOURCEAFIS);
    }

    /** The weights come from fingers the network never trained on, whatever it did on the others. */
    @Test
    void fitsOnImagesTheNetworkNeverTrainedOn() {
        Set<String> trainedOn = new HashSet<>();
        for (int f = 0; f < 20; f++) {
            for (int i = 0; i < 4; i++) {
                trainedOn.add(sha(f, i));
            }
        }
        int images = 20 * 4;
        long unseen = (long) images * (images - 1) / 2; // every pair of the 80 images of fingers 20..39
        FusionChoice c = GuardedFusion.choose(matcher(2.5, 1), matcher(2.5, 2), DATA, trainedOn, 7);
        assertTrue(c.unseenOnly());
        assertEquals(unseen, c.fittedPairs());
        assertTrue(c.reason().contains("never trained on"), c.reason());
    }

    @Test
    void manyImagesGiveSampledImpostors() {
        List<ImagePair> pairs = FittingPairs.of(dataset(60, 5).manifest().images(), 3);
        long genuine = pairs.stream().filter(p -> p.label() == 1).count();
        assertEquals(60 * 10, genuine, "every genuine pair");
        assertEquals(FittingPairs.MAX_IMPOSTORS, pairs.size() - genuine, "impostors sampled down");
        assertEquals(pairs, FittingPairs.of(dataset(60, 5).manifest().images(), 3), "from the seed");
    }

    @Test
    void tooFewFingersToJudgeFallBackToSourceAfis() {
        FusionChoice c = GuardedFusion.choose(matcher(2.5, 1), matcher(2.5, 2), dataset(2, 3), Set.of(), 7);
        assertEquals(FusionChoice.Kind.SOURCEAFIS, c.kind(), c.reason());
        assertNull(c.guard());
    }
}
