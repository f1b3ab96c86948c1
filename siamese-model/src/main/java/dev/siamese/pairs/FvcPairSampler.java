package dev.siamese.pairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * FVC's comparison protocol (Maio et al., FVC2000–2006): genuine = every pair of impressions of a
 * finger, without symmetric duplicates (C(k, 2) per finger); impostor = the first impression of each
 * finger against the first impression of every other finger (C(n, 2)) of the same folder ({@link ScanGroups}).
 * Images are taken in the order given (the data set's: by finger, then file name); nothing is random.
 */
public final class FvcPairSampler implements PairSampler {

    @Override
    public List<Pair> sample(List<String> identities, Random random) {
        Map<String, List<Integer>> byIdentity = new LinkedHashMap<>();
        for (int i = 0; i < identities.size(); i++) {
            byIdentity.computeIfAbsent(identities.get(i), k -> new ArrayList<>()).add(i);
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> impressions : byIdentity.values()) {
            for (int a = 0; a < impressions.size(); a++) {
                for (int b = a + 1; b < impressions.size(); b++) {
                    pairs.add(new Pair(impressions.get(a), impressions.get(b), 1));
                }
            }
        }
        List<Integer> firsts = byIdentity.values().stream().map(l -> l.get(0)).toList();
        for (int a = 0; a < firsts.size(); a++) {
            for (int b = a + 1; b < firsts.size(); b++) {
                if (ScanGroups.comparable(identities.get(firsts.get(a)), identities.get(firsts.get(b)))) {
                    pairs.add(new Pair(firsts.get(a), firsts.get(b), 0));
                }
            }
        }
        return pairs;
    }
}
