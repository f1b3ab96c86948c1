package dev.siamese.pairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every image once with a genuine partner (another scan of its finger; itself only when its finger
 * has a single scan) and once with an impostor partner (a scan of another finger, when there is
 * one), so labels are balanced whatever the number of fingers.
 */
public final class BalancedPairSampler implements PairSampler {

    @Override
    public List<Pair> sample(List<String> identities, Random random) {
        int n = identities.size();
        Map<String, List<Integer>> byIdentity = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byIdentity.computeIfAbsent(identities.get(i), k -> new ArrayList<>()).add(i);
        }
        List<Pair> pairs = new ArrayList<>(2 * n);
        for (int i = 0; i < n; i++) {
            List<Integer> same = byIdentity.get(identities.get(i));
            int genuine = i;
            if (same.size() > 1) {
                int pick = random.nextInt(same.size() - 1);
                genuine = same.get(pick >= same.indexOf(i) ? pick + 1 : pick);
            }
            pairs.add(new Pair(i, genuine, 1));
            int others = n - same.size();
            if (others > 0) {
                int k = random.nextInt(others);
                int impostor = -1;
                for (int j = 0; j < n; j++) {
                    if (!identities.get(j).equals(identities.get(i)) && k-- == 0) {
                        impostor = j;
                        break;
                    }
                }
                pairs.add(new Pair(i, impostor, 0));
            }
        }
        return pairs;
    }
}
