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

    public static PairSampler sampler(PairStrategy strategy, double minEqualsFraction) {
        return switch (strategy) {
            case SEED -> new SeedPairSampler(minEqualsFraction);
            case BALANCED -> new BalancedPairSampler();
            case FVC -> new FvcPairSampler();
            case ALL -> new AllPairSampler();
        };
    }

    /**
     * @param images  the split's images in data set order
     * @param shuffle shuffle before pairing, as the seed meant to ({@code split.shuffle}); FVC's protocol
     *                keeps the data set order, since it names the first impression of each finger, and so does
     *                {@code all}, whose pairs need no order
     */
    public static List<ImagePair> plan(List<LabeledImage> images, PairsSpec spec, boolean shuffle, long seed,
                                       Split split) {
        PairStrategy strategy = spec.strategyFor(split == Split.VALIDATION);
        List<LabeledImage> order = new ArrayList<>(images);
        if (shuffle && strategy != PairStrategy.FVC && strategy != PairStrategy.ALL) {
            Collections.shuffle(order, Seeds.random(seed, "pairs/order/" + split.jsonName()));
        }
        Random random = Seeds.random(seed, "pairs/" + split.jsonName());
        List<Pair> pairs = sampler(strategy, spec.minEqualsFraction())
                .sample(order.stream().map(LabeledImage::identity).toList(), random);
        List<ImagePair> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            out.add(new ImagePair(order.get(p.left()).file(), order.get(p.right()).file(), p.label()));
        }
        return out;
    }
}
