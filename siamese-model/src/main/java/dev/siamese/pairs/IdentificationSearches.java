package dev.siamese.pairs;

import dev.siamese.data.DatasetManifest;
import dev.siamese.data.ManifestEntry;
import dev.siamese.data.Split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 1:N searches of one split: the gallery holds the first impression of every finger (the data set's
 * order: by finger, then file name), every other impression is a probe searched against the whole gallery.
 * Each probe has exactly one mate in the gallery; nothing is random. Fingers with a single impression are
 * enrolled but give no probe.
 *
 * @param gallery file names of the enrolled impressions
 * @param probes  file names of the probes
 * @param mates   per probe, the index in {@code gallery} of its finger's enrolled impression
 */
public record IdentificationSearches(List<String> gallery, List<String> probes, int[] mates) {
    public IdentificationSearches {
        gallery = List.copyOf(gallery);
        probes = List.copyOf(probes);
        if (mates.length != probes.size()) {
            throw new IllegalArgumentException(mates.length + " mates for " + probes.size() + " probes");
        }
    }

    /** The searches of {@code split} of a prepared data set. */
    public static IdentificationSearches of(DatasetManifest manifest, Split split) {
        Map<String, List<String>> byFinger = new LinkedHashMap<>();
        for (ManifestEntry e : manifest.images()) {
            if (e.split() == split) {
                byFinger.computeIfAbsent(e.identity(), k -> new ArrayList<>()).add(e.file());
            }
        }
        List<String> gallery = new ArrayList<>();
        List<String> probes = new ArrayList<>();
        List<Integer> mates = new ArrayList<>();
        for (List<String> impressions : byFinger.values()) {
            int mate = gallery.size();
            gallery.add(impressions.get(0));
            for (String probe : impressions.subList(1, impressions.size())) {
                probes.add(probe);
                mates.add(mate);
            }
        }
        return new IdentificationSearches(gallery, probes, mates.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether a search can tell anything: a probe, and a gallery of at least two fingers (one mate, one not). */
    public boolean meaningful() {
        return !probes.isEmpty() && gallery.size() >= 2;
    }

    /**
     * Every probe against every enrolled impression, probe-major (probe {@code p}, entry {@code g} at
     * {@code p · gallery.size() + g}), the probe on the left; label 1 for its mate.
     */
    public List<ImagePair> pairs() {
        List<ImagePair> out = new ArrayList<>(probes.size() * gallery.size());
        for (int p = 0; p < probes.size(); p++) {
            for (int g = 0; g < gallery.size(); g++) {
                out.add(new ImagePair(probes.get(p), gallery.get(g), g == mates[p] ? 1 : 0));
            }
        }
        return out;
    }
}
