package dev.siamese.match;

import dev.siamese.distance.MatchRule;
import dev.siamese.AtomicWrite;
import dev.siamese.ResultsMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    public void write(Path file) throws IOException {
        AtomicWrite.write(file, tmp -> ResultsMapper.MAPPER.writeValue(tmp.toFile(), this));
    }
}
