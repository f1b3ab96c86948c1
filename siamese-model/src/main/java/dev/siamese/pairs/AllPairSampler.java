package dev.siamese.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every comparison of a split: each pair of its images once, genuine when both are of one finger, impostor when
 * the two fingers come from one folder ({@link ScanGroups}). For small sets, where FVC's first-impression impostors
 * are too few to measure an error rate; {@code n(n−1)/2} pairs for {@code n} images. Nothing is random.
 */
public final class AllPairSampler implements PairSampler {

    @Override
    public List<Pair> sample(List<String> identities, Random random) {
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < identities.size(); a++) {
            for (int b = a + 1; b < identities.size(); b++) {
                String x = identities.get(a);
                String y = identities.get(b);
                if (x.equals(y)) {
                    pairs.add(new Pair(a, b, 1));
                } else if (ScanGroups.comparable(x, y)) {
                    pairs.add(new Pair(a, b, 0));
                }
            }
        }
        return pairs;
    }
}
