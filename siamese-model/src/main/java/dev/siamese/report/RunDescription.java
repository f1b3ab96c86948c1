package dev.siamese.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.siamese.results.DatasetSummary;
import dev.siamese.results.Results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a result was made of, from its results.json alone, for telling compared results apart: the data set
 * (results on different data sets are not comparable), the model, the loss, the branch, and every other setting of
 * the resolved spec by its path.
 *
 * @param dataset    the data set's manifest fingerprint: equal exactly when the images, split and pairs are
 *                   ({@code unknown} when the results do not say)
 * @param datasetLabel the data set in words: type, size and the fingerprint's first digits
 * @param model      {@code network}, {@code pretrained}, {@code SourceAFIS} or {@code fusion}
 * @param loss       the loss trained with ({@code —} where nothing is trained)
 * @param branch     the branch's preset, or {@code layers (n)} for a layer list ({@code —} where there is none)
 * @param settings   the spec's other settings by path ({@code training.optimizer.learningRate}), as text
 */
public record RunDescription(String dataset, String datasetLabel, String model, String loss, String branch,
                      Map<String, String> settings) {
    static final String NONE = "—";
    static final String UNKNOWN_DATASET = "unknown";
    /** Left out of {@link #settings}: names and notes, and what has a column of its own or defines the data set. */
    private static final Set<String> NOT_SETTINGS = Set.of("$schema", "schemaVersion", "name", "description", "extends",
            "expectations", "seed", "dataset", "split", "pairs", "model.type", "model.loss.type", "model.branch");

    static RunDescription of(Results results) {
        DatasetSummary d = results.dataset();
        String fingerprint = d == null || d.fingerprint() == null ? UNKNOWN_DATASET : d.fingerprint();
        String label = d == null ? "unknown data set" : d.type() + " " + (d.width() == 0 ? "scans of several sizes"
                : d.width() + "×" + d.height()) + " · " + fingerprint.substring(0, Math.min(8, fingerprint.length()));
        JsonNode spec = results.spec();
        JsonNode model = spec == null ? null : spec.get("model");
        String type = text(model, "type").orElse("siamese");
        Map<String, String> settings = new LinkedHashMap<>();
        if (spec != null) {
            flatten(spec, "", settings);
        }
        return switch (type) {
            case "sourceafis" -> new RunDescription(fingerprint, label, "SourceAFIS", NONE, NONE, settings);
            case "fusion" -> new RunDescription(fingerprint, label, "fusion", NONE, NONE, settings);
            case "pretrained" -> new RunDescription(fingerprint, label, "pretrained", NONE, NONE, settings);
            default -> new RunDescription(fingerprint, label, "network", lossName(spec), branch(model), settings);
        };
    }

    /** Whether this run trains a network here, so that its training settings mean something. */
    boolean trains() {
        return model.equals("network");
    }

    /** The loss a spec trains with: the contrastive loss unless it names another. */
    static String lossName(JsonNode spec) {
        return text(spec == null ? null : spec.get("model"), "loss", "type").orElse("contrastive");
    }

    private static String branch(JsonNode model) {
        JsonNode b = model == null ? null : model.get("branch");
        if (b == null || b.isNull()) {
            return "dense-1";
        }
        return b.isArray() ? "layers (" + b.size() + ")" : b.asText();
    }

    private static Optional<String> text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n == null ? null : n.get(p);
        }
        return n == null || n.isNull() || n.isContainerNode() ? Optional.empty() : Optional.of(n.asText());
    }

    private static void flatten(JsonNode node, String path, Map<String, String> out) {
        if (NOT_SETTINGS.contains(path)) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(f.getValue(), path.isEmpty() ? f.getKey()
                    : path + "." + f.getKey(), out));
        } else {
            out.put(path, node.isValueNode() ? node.asText() : node.toString());
        }
    }
}
