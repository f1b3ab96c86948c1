package dev.siamese.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Searches a gallery for probe scans with the model that enrolled it. */
public final class Identification {
    private final FingerprintMatcher matcher;
    private final ExactSearch search;
    private final IdentityRanking identities;

    /**
     * @param galleryName names the gallery in the error when it was enrolled with another model
     */
    public Identification(FingerprintMatcher matcher, Gallery gallery, String galleryName) {
        gallery.requireModel(matcher.modelSha256(), galleryName);
        this.matcher = matcher;
        this.search = new ExactSearch(gallery);
        this.identities = new IdentityRanking(search);
    }

    /** The top {@code k} identities of each probe image (in {@link ImageFolder#images} order), each by its best template. */
    public List<ProbeResult> identify(List<Path> probes, int k) {
        return identify(probes, k, Ranking.IDENTITIES);
    }

    /** The top {@code k} candidates of each probe image (in {@link ImageFolder#images} order), ranked as asked. */
    public List<ProbeResult> identify(List<Path> probes, int k, Ranking ranking) {
        List<Template> templates = Enrollment.embed(matcher, probes, Enrollment.LOGGED);
        List<float[]> values = new ArrayList<>(templates.size());
        templates.forEach(t -> values.add(t.raw()));
        List<List<SearchHit>> hits = ranking == Ranking.TEMPLATES ? search.search(values, k)
                : identities.search(values, k);
        List<ProbeResult> out = new ArrayList<>(probes.size());
        for (int i = 0; i < probes.size(); i++) {
            out.add(new ProbeResult(probes.get(i).getFileName().toString(), hits.get(i)));
        }
        return out;
    }

    /**
     * @param probe the probe's file name
     * @param hits  its candidates, nearest first: identities (each by its best template) or templates
     */
    public record ProbeResult(String probe, List<SearchHit> hits) {
    }
}
