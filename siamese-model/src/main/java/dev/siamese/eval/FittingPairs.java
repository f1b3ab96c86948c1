package dev.siamese.eval;

import dev.siamese.Seeds;
import dev.siamese.data.ManifestEntry;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.ScanGroups;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The pairs a fusion is fitted and judged on: every genuine pair of the given images and every impostor pair (of one
 * folder, {@link ScanGroups}), the
 * impostors sampled down (from the seed) to {@value #MAX_IMPOSTORS} when there are more. More evidence than a data set's
 * training pairs, which hold each image only once or twice, so that a few fingers still tell fusing from not.
 */
final class FittingPairs {
    /** Impostor pairs kept at most: enough for EERs of a fraction of a percent, cheap to score. */
    static final int MAX_IMPOSTORS = 20_000;

    private FittingPairs() {
    }

    static List<ImagePair> of(List<ManifestEntry> images, long seed) {
        List<ImagePair> genuine = new ArrayList<>();
        List<ImagePair> impostor = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            for (int j = i + 1; j < images.size(); j++) {
                ManifestEntry a = images.get(i);
                ManifestEntry b = images.get(j);
                boolean same = a.identity().equals(b.identity());
                if (same || ScanGroups.comparable(a.identity(), b.identity())) {
                    (same ? genuine : impostor).add(new ImagePair(a.file(), b.file(), same ? 1 : 0));
                }
            }
        }
        if (impostor.size() > MAX_IMPOSTORS) {
            Random random = Seeds.random(seed, "fusion/impostors");
            Collections.shuffle(impostor, random);
            impostor = new ArrayList<>(impostor.subList(0, MAX_IMPOSTORS));
        }
        List<ImagePair> out = new ArrayList<>(genuine);
        out.addAll(impostor);
        return out;
    }
}
