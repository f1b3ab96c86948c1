package dev.siamese.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.siamese.ExperimentException;

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
 * parses and validates the result into an {@link ExperimentSpec}.
 */
public final class ExperimentSpecReader {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

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
        return new SpecParser(source).parse(new SpecNode(merged, "$", origins), resolved);
    }

    private ObjectNode load(Path file, List<Path> chain, SpecOrigins origins) {
        if (chain.contains(file)) {
            List<String> names = new ArrayList<>();
            chain.subList(chain.indexOf(file), chain.size()).forEach(p -> names.add(p.toString()));
            names.add(file.toString());
            throw new SpecException(chain.get(chain.size() - 1), "$.extends",
                    "\"extends\" forms a cycle: " + String.join(" -> ", names));
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
        try {
            tree = mapper.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ExperimentException(file + ": spec file not found");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ExperimentException(file + where + ": not valid JSON: " + e.getOriginalMessage());
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
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, childPath, file, origins);
            } else {
                target.set(f.getKey(), value);
                recordOrigins(value, childPath, file, origins);
            }
        }
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
