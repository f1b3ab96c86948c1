package dev.siamese.spec;

import dev.siamese.BoundedFiles;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.siamese.ExperimentException;
import dev.siamese.spec.OptimizerSpec.OptimizerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@code experiment.json}: follows {@code "extends"} (deep merge as JSON Merge Patch,
 * RFC 7386: objects merge key by key, a {@code null} removes a key, anything else replaces), then
 * parses and validates the result into an {@link ExperimentSpec}. One exception to the merge: a child that changes
 * the {@code type} of {@code training.optimizer} or {@code model.loss} replaces the parent's object, so the old
 * type's settings (an optimizer's {@code learningRate}, a loss's {@code scale}) do not silently carry over to the
 * new type; the child's own fields still apply.
 */
public final class ExperimentSpecReader {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentSpecReader.class);
    /** The typed objects a child replaces when it changes their type, with the type each has when unset. */
    private static final Map<String, String> TYPED_OBJECTS = Map.of(
            "$.training.optimizer", OptimizerType.DEFAULT.jsonName(),
            "$.model.loss", "contrastive");
    /** Longest {@code extends} chain followed; deeper is an error (a chain that long is a mistake, not a design). */
    public static final int MAX_EXTENDS_DEPTH = 32;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final List<Path> allowedFolders;
    private final Path realData;

    /** A reader that confines {@code dataset.folder} to the folder of the spec it reads. */
    public ExperimentSpecReader() {
        this(List.of());
    }

    /**
     * A reader that also allows {@code dataset.folder} inside {@code allowedFolders}: by default a spec may
     * only read scans below its own folder, so that a spec from an untrusted change cannot publish files from
     * elsewhere on the machine in its report.
     */
    public ExperimentSpecReader(List<Path> allowedFolders) {
        this(allowedFolders, null);
    }

    /**
     * Also reading real scans below {@code realData} where a spec's {@code dataset.folder} starts with
     * {@value RealData#VARIABLE}; with {@code realData} null such a spec fails with a {@link MissingDataException}.
     */
    public ExperimentSpecReader(List<Path> allowedFolders, Path realData) {
        this.allowedFolders = List.copyOf(allowedFolders);
        this.realData = realData;
    }

    public ExperimentSpec read(Path file) {
        return read(file, null, null);
    }

    /**
     * Reads {@code file} and then applies {@code patch} (JSON Merge Patch, as {@code extends}) before parsing:
     * a sweep point. A mistake in a patched value names {@code patchFile} and the value's JSON path; paths in
     * the spec (a data set folder, a baseline) stay relative to {@code file}.
     */
    public ExperimentSpec read(Path file, ObjectNode patch, Path patchFile) {
        Path source = file.toAbsolutePath().normalize();
        SpecOrigins origins = new SpecOrigins(source);
        ObjectNode merged = load(source, new ArrayList<>(), origins);
        merged.remove("extends");
        if (patch != null) {
            merge(merged, patch.deepCopy(), "$", patchFile.toAbsolutePath().normalize(), origins);
            origins.record("$", source); // the root stays the experiment's
        }
        String resolved;
        try {
            resolved = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(merged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new SpecParser(source, allowedFolders, realData).parse(new SpecNode(merged, "$", origins), resolved);
    }

    private ObjectNode load(Path file, List<Path> chain, SpecOrigins origins) {
        if (chain.contains(file)) {
            List<String> names = new ArrayList<>();
            chain.subList(chain.indexOf(file), chain.size()).forEach(p -> names.add(p.toString()));
            names.add(file.toString());
            throw new SpecException(chain.get(chain.size() - 1), "$.extends",
                    "\"extends\" forms a cycle: " + String.join(" -> ", names));
        }
        if (chain.size() >= MAX_EXTENDS_DEPTH) {
            throw new SpecException(chain.get(chain.size() - 1), "$.extends", "\"extends\" chains more than "
                    + MAX_EXTENDS_DEPTH + " files (from " + chain.get(0) + "); merge some of them");
        }
        chain.add(file);
        ObjectNode tree = readObject(file);
        checkSchemaVersion(file, tree);
        JsonNode parentRef = tree.get("extends");
        ObjectNode result;
        if (parentRef == null || parentRef.isNull()) {
            result = tree;
            recordOrigins(tree, "$", file, origins);
        } else {
            if (!parentRef.isTextual() || parentRef.asText().isBlank()) {
                throw new SpecException(file, "$.extends",
                        "must be the path of another experiment.json, got " + SpecNode.describe(parentRef));
            }
            Path parent = file.getParent().resolve(parentRef.asText()).normalize();
            if (!Files.isRegularFile(parent)) {
                throw new SpecException(file, "$.extends", "file not found: " + parentRef.asText() + " (resolved to " + parent + ")");
            }
            result = load(parent, chain, origins);
            tree.remove("extends");
            merge(result, tree, "$", file, origins);
        }
        chain.remove(chain.size() - 1);
        return result;
    }

    /** Reads a spec-like JSON file (experiment.json, sweep.json) that must hold one object; mistakes name the file. */
    ObjectNode readObject(Path file) {
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(BoundedFiles.read(file, BoundedFiles.SMALL_JSON))) {
            tree = mapper.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ExperimentException(file + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": not valid JSON: content after the spec's object; a spec file holds one JSON object");
            }
        } catch (NoSuchFileException e) {
            throw new ExperimentException(file + ": spec file not found");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ExperimentException(file + where + ": not valid JSON: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot read spec: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new SpecException(file, "$", "the file is empty; expected a JSON object");
        }
        if (!tree.isObject()) {
            throw new SpecException(file, "$", "must be a JSON object, got " + SpecNode.describe(tree));
        }
        return (ObjectNode) tree;
    }

    /**
     * Jackson's parse message without its advice to enable parser features, which a spec's author cannot
     * reach: NaN and Infinity are not JSON numbers, comments are not JSON.
     */
    static String plain(String message) {
        if (message.startsWith("Non-standard token")) {
            int q1 = message.indexOf('\'');
            int q2 = message.indexOf('\'', q1 + 1);
            String token = q1 >= 0 && q2 > q1 ? message.substring(q1 + 1, q2) : "NaN";
            return token + " is not a JSON number; JSON numbers are finite (write a number such as 1e9)";
        }
        if (message.contains("ALLOW_COMMENTS")) {
            return "comments are not JSON; use the \"description\" field or a \"note\" of an expectation";
        }
        return message.replaceAll("\\s*\\([^()]*(?:Feature|feature)[^()]*\\)", "")
                .replaceAll(":?\\s*enable `[^`]+` to allow", "");
    }

    private static void checkSchemaVersion(Path file, ObjectNode tree) {
        JsonNode v = tree.get("schemaVersion");
        if (v == null || v.isNull()) {
            throw new SpecException(file, "$", "missing required field \"schemaVersion\" (this build reads "
                    + ExperimentSpec.SCHEMA_VERSION + ")");
        }
        if (!v.isIntegralNumber() || v.asLong() != ExperimentSpec.SCHEMA_VERSION) {
            throw new SpecException(file, "$.schemaVersion", "unknown schema version " + v
                    + "; this build reads schemaVersion " + ExperimentSpec.SCHEMA_VERSION);
        }
    }

    /** Merges {@code patch} into {@code target}, recording which file supplied each path. */
    private static void merge(ObjectNode target, ObjectNode patch, String path, Path file, SpecOrigins origins) {
        origins.record(path, file);
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String childPath = path + "." + f.getKey();
            JsonNode existing = target.get(f.getKey());
            JsonNode value = f.getValue();
            if (value.isNull()) {
                target.remove(f.getKey());
            } else if (value.isObject() && existing != null && existing.isObject()
                    && !changesType(childPath, (ObjectNode) existing, (ObjectNode) value, file)) {
                merge((ObjectNode) existing, (ObjectNode) value, childPath, file, origins);
            } else {
                target.set(f.getKey(), value);
                recordOrigins(value, childPath, file, origins);
            }
        }
    }

    /**
     * Whether {@code patch} changes the type of the typed object at {@code path} (an optimizer, a loss); then it
     * replaces the parent's object.
     */
    private static boolean changesType(String path, ObjectNode parent, ObjectNode patch, Path file) {
        if (!TYPED_OBJECTS.containsKey(path) || !patch.hasNonNull("type")) {
            return false;
        }
        String before = parent.hasNonNull("type") ? parent.get("type").asText() : TYPED_OBJECTS.get(path);
        String after = patch.get("type").asText();
        if (before.equals(after)) {
            return false;
        }
        List<String> dropped = new ArrayList<>();
        parent.fieldNames().forEachRemaining(f -> {
            if (!f.equals("type") && !patch.has(f)) {
                dropped.add(f);
            }
        });
        if (!dropped.isEmpty()) {
            LOG.info("{}: {}.type changes from {} to {}: the inherited {} {} not carried over ({}'s defaults apply)",
                    file, path.substring(2), before, after, String.join(", ", dropped),
                    dropped.size() == 1 ? "is" : "are", after);
        }
        return true;
    }

    private static void recordOrigins(JsonNode node, String path, Path file, SpecOrigins origins) {
        origins.record(path, file);
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> recordOrigins(f.getValue(), path + "." + f.getKey(), file, origins));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                recordOrigins(node.get(i), path + "[" + i + "]", file, origins);
            }
        }
    }
}
