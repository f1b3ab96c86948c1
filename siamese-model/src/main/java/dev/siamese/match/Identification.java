package dev.siamese.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Searches a gallery for probe scans with the model that enrolled it. */
public final class Identification {
    private final FingerprintMatcher matcher;
    private final ExactSearch search;

    /**
     * @param galleryName names the gallery in the error when it was enrolled with another model
     */
    public Identification(FingerprintMatcher matcher, Gallery gallery, String galleryName) {
        gallery.requireModel(matcher.modelSha256(), galleryName);
        this.matcher = matcher;
        this.search = new ExactSearch(gallery);
    }

    /** The top {@code k} candidates of each probe image (in {@link ImageFolder#images} order). */
    public List<ProbeResult> identify(List<Path> probes, int k) {
        List<Template> templates = Enrollment.embed(matcher, probes);
        List<float[]> values = new ArrayList<>(templates.size());
        templates.forEach(t -> values.add(t.raw()));
        List<List<SearchHit>> hits = search.search(values, k);
        List<ProbeResult> out = new ArrayList<>(probes.size());
        for (int i = 0; i < probes.size(); i++) {
            out.add(new ProbeResult(probes.get(i).getFileName().toString(), hits.get(i)));
        }
        return out;
    }

    /**
     * @param probe the probe's file name
     * @param hits  its candidates, nearest first
     */
    public record ProbeResult(String probe, List<SearchHit> hits) {
    }
}
