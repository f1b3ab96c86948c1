package dev.siamese.spec;

import java.util.Arrays;
import java.util.List;

/** The values of {@code pairs.strategy}. */
public enum PairStrategy {
    /** The seed's create_pairs: the first third of the images get a genuine partner, the rest a random one. */
    SEED("seed"),
    /** Every image once with a genuine and once with an impostor partner. */
    BALANCED("balanced"),
    /**
     * FVC's protocol: every pair of impressions of a finger (genuine, C(k,2) per finger) and the first
     * impression of each finger against the first of every other (impostor, C(n,2)). No randomness.
     */
    FVC("fvc"),
    /**
     * Every comparison: every pair of impressions of a finger (genuine) and every pair of impressions of two fingers
     * (impostor), for small sets whose FVC impostors (first impressions only) are too few. No randomness.
     */
    ALL("all");

    private final String jsonName;

    PairStrategy(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    static List<String> jsonNames() {
        return Arrays.stream(values()).map(PairStrategy::jsonName).toList();
    }

    static PairStrategy fromJson(String name) {
        return Arrays.stream(values()).filter(s -> s.jsonName.equals(name)).findFirst().orElseThrow();
    }
}
