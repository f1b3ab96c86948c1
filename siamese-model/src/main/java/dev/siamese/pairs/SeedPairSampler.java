package dev.siamese.pairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The seed's {@code create_pairs}: walking the images in order, the first
 * {@code floor(n × minEqualsFraction)} get a partner drawn uniformly from the images of their own
 * finger (themselves included, as in the seed), every later one a partner drawn uniformly from all
 * images. The seed looked fingers up with {@code range(10)}, which only works for ten numeric
 * classes; here any identity works.
 */
public final class SeedPairSampler implements PairSampler {
    private final double minEqualsFraction;

    public SeedPairSampler(double minEqualsFraction) {
        this.minEqualsFraction = minEqualsFraction;
    }

    @Override
    public List<Pair> sample(List<String> identities, Random random) {
        int n = identities.size();
        // The seed computes len(X) // 3; the small epsilon keeps n × (1/3) from flooring one too low.
        long minEquals = (long) Math.floor(n * minEqualsFraction + 1e-9);
        Map<String, List<Integer>> byIdentity = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byIdentity.computeIfAbsent(identities.get(i), k -> new ArrayList<>()).add(i);
        }
        List<Pair> pairs = new ArrayList<>(n);
        int equalItems = 0;
        for (int i = 0; i < n; i++) {
            int partner;
            if (equalItems < minEquals) {
                List<Integer> same = byIdentity.get(identities.get(i));
                partner = same.get(random.nextInt(same.size()));
                equalItems++;
            } else {
                partner = random.nextInt(n);
            }
            int label = identities.get(i).equals(identities.get(partner)) ? 1 : 0;
            pairs.add(new Pair(i, partner, label));
        }
        return pairs;
    }
}
