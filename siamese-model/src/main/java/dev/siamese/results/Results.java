package dev.siamese.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.siamese.diagnostics.Diagnostics;
import dev.siamese.eval.IdentificationMetrics;
import dev.siamese.eval.PairMetrics;
import dev.siamese.spec.MetricNames;
import dev.siamese.history.History;
import java.util.Optional;

/**
 * {@code results.json}: one experiment's outcome and everything that made it, as Tribuo's provenance:
 * the resolved spec and its hash, the data set's hashes and counts, the environment, the training
 * history, the metrics and the model's hash. All but {@code environment} and {@code timings} is
 * deterministic: two builds of the same spec on the same machine give the same bytes there. {@code diagnostics}
 * (per-epoch figures and verdicts) is present only when the spec asks for it. {@code provenance} holds the
 * fingerprints of what made the file (absent in files written before 0.2.0). {@code fusion} says how a fusion
 * experiment scored (absent otherwise).
 */
public record Results(int schemaVersion, String experiment, JsonNode spec, String specSha256, DatasetSummary dataset,
                      Environment environment, History history, Metrics metrics, String modelSha256, Timings timings,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Diagnostics diagnostics,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Provenance provenance,
                      @JsonInclude(JsonInclude.Include.NON_NULL) FusionSummary fusion)
        implements MetricSource {
    public static final int SCHEMA_VERSION = 1;

    /** Of an experiment that fuses nothing. */
    public Results(int schemaVersion, String experiment, JsonNode spec, String specSha256, DatasetSummary dataset,
                   Environment environment, History history, Metrics metrics, String modelSha256, Timings timings,
                   Diagnostics diagnostics, Provenance provenance) {
        this(schemaVersion, experiment, spec, specSha256, dataset, environment, history, metrics, modelSha256, timings,
                diagnostics, provenance, null);
    }

    @Override
    public Optional<Double> metric(String name) {
        int dot = name.indexOf('.');
        if (name.substring(0, dot).equals(MetricNames.IDENTIFICATION)) {
            IdentificationMetrics id = metrics.identification();
            return id == null ? Optional.empty() : Optional.ofNullable(id.get(name.substring(dot + 1)));
        }
        PairMetrics m = switch (name.substring(0, dot)) {
            case "train" -> metrics.train();
            case "validation" -> metrics.validation();
            default -> throw new IllegalArgumentException("unknown split in " + name);
        };
        return Optional.ofNullable(m.get(name.substring(dot + 1)));
    }
}
