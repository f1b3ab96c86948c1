package dev.siamese.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Identities of a gallery ranked for a probe, the one home of the rule: an identity's score is the distance of
 * its best (nearest) template, and that template's source stands for it. The exact search is asked for more
 * templates than identities wanted (k × the gallery's templates per identity on average, doubled while a probe
 * finds fewer than k identities), never more than k × the most templates one identity has, which holds k
 * identities for sure.
 */
public final class IdentityRanking {
    private final ExactSearch search;
    private final int identities;
    private final int perIdentityOnAverage;
    private final int perIdentityAtMost;

    public IdentityRanking(ExactSearch search) {
        this.search = search;
        Map<String, Integer> counts = new HashMap<>();
        search.gallery().entries().forEach(e -> counts.merge(e.identity(), 1, Integer::sum));
        identities = counts.size();
        perIdentityAtMost = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        perIdentityOnAverage = identities == 0 ? 1 : (search.gallery().size() + identities - 1) / identities;
    }

    /** The {@code k} nearest identities of each probe, nearest first, each hit being its best template. */
    public List<List<SearchHit>> search(List<float[]> probes, int k) {
        int wanted = Math.min(k, identities);
        long most = Math.min(search.gallery().size(), (long) k * perIdentityAtMost);
        int templates = (int) Math.min(most, (long) k * perIdentityOnAverage);
        List<List<SearchHit>> out = new ArrayList<>(probes.size());
        probes.forEach(p -> out.add(null));
        List<Integer> open = new ArrayList<>();
        for (int p = 0; p < probes.size(); p++) {
            open.add(p);
        }
        while (!open.isEmpty()) {
            List<float[]> batch = new ArrayList<>(open.size());
            open.forEach(p -> batch.add(probes.get(p)));
            List<List<SearchHit>> found = search.search(batch, templates);
            List<Integer> unfinished = new ArrayList<>();
            for (int j = 0; j < open.size(); j++) {
                List<SearchHit> best = best(found.get(j), k);
                if (best.size() >= wanted || templates >= most) {
                    out.set(open.get(j), best);
                } else {
                    unfinished.add(open.get(j));
                }
            }
            open = unfinished;
            templates = (int) Math.min(most, 2L * templates);
        }
        return out;
    }

    /**
     * The first {@code k} identities of a template ranking ({@code nearestFirst}), each by its first (best)
     * template, ranked again from 1.
     */
    public static List<SearchHit> best(List<SearchHit> nearestFirst, int k) {
        Set<String> seen = new HashSet<>();
        List<SearchHit> out = new ArrayList<>(k);
        for (SearchHit h : nearestFirst) {
            if (out.size() == k) {
                break;
            }
            if (seen.add(h.identity())) {
                out.add(new SearchHit(out.size() + 1, h.index(), h.identity(), h.source(), h.distance()));
            }
        }
        return out;
    }
}
