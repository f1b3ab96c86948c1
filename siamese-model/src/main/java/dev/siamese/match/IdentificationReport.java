package dev.siamese.match;

import dev.siamese.distance.MatchRule;
import dev.siamese.AtomicWrite;
import dev.siamese.ResultsMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON file of a 1:N search: {@code schemaVersion}, {@code gallery}, {@code modelSha256},
 * {@code threshold} (null without one), {@code ranking} ({@code identities} or {@code templates}), {@code top},
 * and per probe its {@code hits}: {@code rank}, {@code identity}, {@code source}, {@code distance}, {@code match}
 * (distance below the threshold; null without one). Ranked by identity, a hit's {@code source} and
 * {@code distance} are those of the identity's best template ({@link IdentityRanking}).
 */
public record IdentificationReport(int schemaVersion, String gallery, String modelSha256, Double threshold,
                                   String ranking, int top, List<Probe> probes) {
    /** 2: {@code ranking} added; hits are identities by default. */
    public static final int SCHEMA_VERSION = 2;

    public record Probe(String probe, List<Hit> hits) {
    }

    public record Hit(int rank, String identity, String source, double distance, Boolean match) {
    }

    /** The report of {@link Identification#identify(List, int)}: identities ranked. */
    public static IdentificationReport of(String gallery, FingerprintMatcher matcher, int top,
                                          List<Identification.ProbeResult> results) {
        return of(gallery, matcher, Ranking.IDENTITIES, top, results);
    }

    public static IdentificationReport of(String gallery, FingerprintMatcher matcher, Ranking ranking, int top,
                                          List<Identification.ProbeResult> results) {
        Double threshold = matcher.threshold().isPresent() ? matcher.threshold().getAsDouble() : null;
        List<Probe> probes = new ArrayList<>();
        for (Identification.ProbeResult r : results) {
            List<Hit> hits = new ArrayList<>();
            for (SearchHit h : r.hits()) {
                hits.add(new Hit(h.rank(), h.identity(), h.source(), h.distance(),
                        threshold == null ? null : MatchRule.matches(h.distance(), threshold)));
            }
            probes.add(new Probe(r.probe(), hits));
        }
        return new IdentificationReport(SCHEMA_VERSION, gallery, matcher.modelSha256(), threshold,
                ranking.jsonName(), top, probes);
    }

    /**
     * The search as a table: a row per hit, the probe named on its first, with the decision where there is a
     * threshold; ranked by identity, the source column is headed {@code best template}.
     */
    public List<String> table() {
        List<String> rows = new ArrayList<>();
        String source = Ranking.TEMPLATES.jsonName().equals(ranking) ? "source" : "best template";
        rows.add(String.format(Locale.ROOT, "%-24s %4s  %-16s %-24s %12s  %s", "probe", "rank", "identity", source,
                "distance", "decision"));
        for (Probe p : probes) {
            for (Hit h : p.hits()) {
                String decision = h.match() == null ? "-" : h.match() ? "match" : "no match";
                rows.add(String.format(Locale.ROOT, "%-24s %4d  %-16s %-24s %12.6g  %s", h.rank() == 1 ? p.probe() : "",
                        h.rank(), h.identity(), h.source(), h.distance(), decision));
            }
        }
        return rows;
    }

    public void write(Path file) throws IOException {
        AtomicWrite.write(file, tmp -> ResultsMapper.MAPPER.writeValue(tmp.toFile(), this));
    }
}
