package dev.siamese.pairs;

import dev.siamese.data.DatasetManifest;
import dev.siamese.data.ManifestEntry;
import dev.siamese.data.Split;

import dev.siamese.pairs.ImagePair;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counts of one split: images, fingers and pairs by label. */
public record SplitSummary(int images, int identities, int pairs, int genuine, int impostor) {

    public static SplitSummary of(DatasetManifest manifest, PairsFile pairs, Split split) {
        Set<String> ids = new HashSet<>();
        int images = 0;
        for (ManifestEntry e : manifest.images()) {
            if (e.split() == split) {
                images++;
                ids.add(e.identity());
            }
        }
        List<ImagePair> ps = pairs.of(split);
        int genuine = (int) ps.stream().filter(p -> p.label() == 1).count();
        return new SplitSummary(images, ids.size(), ps.size(), genuine, ps.size() - genuine);
    }
}
