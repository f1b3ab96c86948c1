package dev.siamese.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One JSON object of a spec together with its JSON path: reads typed, range-checked fields and
 * turns every mistake into a {@link SpecException} naming file, path and what is allowed.
 */
final class SpecNode {
    private final JsonNode node;
    private final String path;
    private final SpecOrigins origins;

    SpecNode(JsonNode node, String path, SpecOrigins origins) {
        this.node = node;
        this.path = path;
        this.origins = origins;
    }

    String path() {
        return path;
    }

    JsonNode json() {
        return node;
    }

    String childPath(String field) {
        return path + "." + field;
    }

    SpecException error(String problem) {
        return new SpecException(origins.fileOf(path), path, problem);
    }

    SpecException errorAt(String field, String problem) {
        String p = childPath(field);
        return new SpecException(origins.fileOf(p), p, problem);
    }

    /** Rejects any field not in {@code allowed}, suggesting the closest allowed name. */
    SpecNode allowOnly(Collection<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String hint = FieldNames.closest(name, allowed).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
                throw errorAt(name, "unknown field" + hint + "; allowed here: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    private JsonNode required(String field, String what) {
        if (!has(field)) {
            throw error("missing required field \"" + field + "\" (" + what + ")");
        }
        return node.get(field);
    }

    SpecNode object(String field) {
        return asObject(field, required(field, "an object"));
    }

    /** The object at {@code field}, or an empty one at that path when absent, so defaults apply. */
    SpecNode objectOrEmpty(String field) {
        return has(field) ? asObject(field, node.get(field))
                : new SpecNode(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), childPath(field), origins);
    }

    Optional<SpecNode> optionalObject(String field) {
        return has(field) ? Optional.of(asObject(field, node.get(field))) : Optional.empty();
    }

    private SpecNode asObject(String field, JsonNode value) {
        if (!value.isObject()) {
            throw errorAt(field, "must be an object, got " + describe(value));
        }
        return new SpecNode(value, childPath(field), origins);
    }

    String string(String field) {
        return asString(field, required(field, "a string"));
    }

    String string(String field, String defaultValue) {
        return has(field) ? asString(field, node.get(field)) : defaultValue;
    }

    private String asString(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw errorAt(field, "must be a string, got " + describe(value));
        }
        return value.asText();
    }

    String nonBlankString(String field, String defaultValue) {
        String s = string(field, defaultValue);
        if (s != null && s.isBlank()) {
            throw errorAt(field, "must not be empty");
        }
        return s;
    }

    String choice(String field, String defaultValue, List<String> allowed) {
        String value = defaultValue == null ? string(field) : string(field, defaultValue);
        if (!allowed.contains(value)) {
            String hint = FieldNames.closest(value, allowed).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
            throw errorAt(field, "\"" + value + "\" is not allowed" + hint + "; allowed: " + String.join(", ", allowed));
        }
        return value;
    }

    long longValue(String field, long defaultValue) {
        if (!has(field)) {
            return defaultValue;
        }
        JsonNode v = node.get(field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw errorAt(field, "must be an integer, got " + describe(v));
        }
        return v.asLong();
    }

    int integer(String field, Integer defaultValue, int min, int max) {
        JsonNode v = defaultValue == null ? required(field, "an integer from " + min + " to " + max) : node.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        String allowed = "an integer from " + min + " to " + max;
        if (!v.isIntegralNumber() && !(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) {
            throw errorAt(field, "must be " + allowed + ", got " + describe(v));
        }
        if (!v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw errorAt(field, "must be " + allowed + ", got " + v.asText());
        }
        return (int) v.asLong();
    }

    double number(String field, Double defaultValue, Bounds bounds) {
        JsonNode v = defaultValue == null ? required(field, "a number " + bounds.describe()) : node.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isNumber()) {
            throw errorAt(field, "must be a number " + bounds.describe() + ", got " + describe(v));
        }
        double d = v.asDouble();
        if (!bounds.contains(d)) {
            throw errorAt(field, "must be a number " + bounds.describe() + ", got " + v.asText());
        }
        return d;
    }

    /** A number, or an array {@code [min, max]} with min ≤ max, both within {@code bounds}. */
    ValueRange range(String field, ValueRange defaultValue, Bounds bounds) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        String allowed = "a number " + bounds.describe() + " or an array [min, max] of such numbers";
        if (v.isNumber()) {
            return ValueRange.fixed(number(field, null, bounds));
        }
        if (!v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
            throw errorAt(field, "must be " + allowed + ", got " + describe(v));
        }
        double min = v.get(0).asDouble();
        double max = v.get(1).asDouble();
        if (!bounds.contains(min) || !bounds.contains(max)) {
            throw errorAt(field, "must be " + allowed + ", got " + v);
        }
        if (min > max) {
            throw errorAt(field, "must be [min, max] with min <= max, got " + v);
        }
        return new ValueRange(min, max);
    }

    Optional<Double> optionalNumber(String field, Bounds bounds) {
        return has(field) ? Optional.of(number(field, null, bounds)) : Optional.empty();
    }

    boolean bool(String field, boolean defaultValue) {
        if (!has(field)) {
            return defaultValue;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            throw errorAt(field, "must be true or false, got " + describe(v));
        }
        return v.asBoolean();
    }

    /** The elements of an array field (absent: empty); each element is handed over with its path. */
    List<JsonNode> array(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw errorAt(field, "must be an array, got " + describe(v));
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    SpecNode element(String field, int index) {
        JsonNode v = node.get(field).get(index);
        String p = childPath(field) + "[" + index + "]";
        if (!v.isObject()) {
            throw new SpecException(origins.fileOf(p), p, "must be an object, got " + describe(v));
        }
        return new SpecNode(v, p, origins);
    }

    SpecException errorAtElement(String field, int index, String problem) {
        String p = childPath(field) + "[" + index + "]";
        return new SpecException(origins.fileOf(p), p, problem);
    }

    static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "a string (\"" + v.asText() + "\")";
            case NUMBER -> v.isIntegralNumber() ? "the integer " + v.asText() : "the number " + v.asText();
            case BOOLEAN -> v.asText();
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL, MISSING -> "null";
            default -> v.getNodeType().name().toLowerCase();
        };
    }
}
