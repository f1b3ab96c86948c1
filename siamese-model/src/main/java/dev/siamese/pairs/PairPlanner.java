package dev.siamese.pairs;

import dev.siamese.Seeds;
import dev.siamese.data.LabeledImage;
import dev.siamese.data.Split;
import dev.siamese.spec.PairStrategy;
import dev.siamese.spec.PairsSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The pairs of one split, deterministic from the seed. Pairs never cross the split: both images of
 * every pair come from {@code images}, which holds one split only.
 */
public final class PairPlanner {
    private PairPlanner() {
    }

    public static PairSampler sampler(PairsSpec spec) {
        return spec.strategy() == PairStrategy.SEED ? new SeedPairSampler(spec.minEqualsFraction())
                : new BalancedPairSampler();
    }

    /**
     * @param images  the split's images in data set order
     * @param shuffle shuffle before pairing, as the seed meant to ({@code split.shuffle})
     */
    public static List<ImagePair> plan(List<LabeledImage> images, PairsSpec spec, boolean shuffle, long seed,
                                       Split split) {
        List<LabeledImage> order = new ArrayList<>(images);
        if (shuffle) {
            Collections.shuffle(order, Seeds.random(seed, "pairs/order/" + split.jsonName()));
        }
        Random random = Seeds.random(seed, "pairs/" + split.jsonName());
        List<Pair> pairs = sampler(spec).sample(order.stream().map(LabeledImage::identity).toList(), random);
        List<ImagePair> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            out.add(new ImagePair(order.get(p.left()).file(), order.get(p.right()).file(), p.label()));
        }
        return out;
    }
}
