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
 * {@code threshold} (null without one), {@code top}, and per probe its {@code hits}: {@code rank},
 * {@code identity}, {@code source}, {@code distance}, {@code match} (distance below the threshold; null
 * without one).
 */
public record IdentificationReport(int schemaVersion, String gallery, String modelSha256, Double threshold, int top,
                                   List<Probe> probes) {
    public static final int SCHEMA_VERSION = 1;

    public record Probe(String probe, List<Hit> hits) {
    }

    public record Hit(int rank, String identity, String source, double distance, Boolean match) {
    }

    public static IdentificationReport of(String gallery, FingerprintMatcher matcher, int top,
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
        return new IdentificationReport(SCHEMA_VERSION, gallery, matcher.modelSha256(), threshold, top, probes);
    }

    /** The search as a table: a row per hit, the probe named on its first, with the decision where there is a threshold. */
    public List<String> table() {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-24s %4s  %-16s %-24s %12s  %s", "probe", "rank", "identity", "source",
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
