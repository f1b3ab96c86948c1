package dev.siamese.spec;

import java.util.Arrays;
import java.util.List;

/** The values of {@code split.strategy}. */
public enum SplitStrategy {
    BY_IMAGE("by-image"),
    BY_IDENTITY("by-identity");

    private final String jsonName;

    SplitStrategy(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    static List<String> jsonNames() {
        return Arrays.stream(values()).map(SplitStrategy::jsonName).toList();
    }

    static SplitStrategy fromJson(String name) {
        return Arrays.stream(values()).filter(s -> s.jsonName.equals(name)).findFirst().orElseThrow();
    }
}
