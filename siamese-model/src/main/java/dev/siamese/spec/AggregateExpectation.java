package dev.siamese.spec;

import java.util.List;
import java.util.Locale;

/**
 * A limit on a sweep's aggregates: an aggregate over seeds ({@code mean}, {@code min}, ...) of a metric must
 * lie within {@code min} / {@code max}, or the per-seed values must lie there in at least {@code atLeast} seeds.
 *
 * @param metric    a name from {@link MetricNames}
 * @param statistic the aggregate checked, or null when {@code atLeast} is given
 * @param atLeast   how many seeds must meet the limits, or null when {@code statistic} is given
 * @param min       lowest allowed value, or null
 * @param max       highest allowed value, or null
 * @param point     the variant it applies to, or null for every variant
 * @param note      why this limit is there; may be empty
 */
public record AggregateExpectation(String metric, Statistic statistic, Integer atLeast, Double min, Double max,
                                   String point, String note) {

    /** The aggregates of a metric over seeds. */
    public enum Statistic {
        MEAN("mean"), STD("std"), MIN("min"), MAX("max"), CI_LOW("ciLow"), CI_HIGH("ciHigh");

        private final String jsonName;

        Statistic(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        public static List<String> jsonNames() {
            return java.util.Arrays.stream(values()).map(Statistic::jsonName).toList();
        }

        static Statistic fromJson(String name) {
            for (Statistic s : values()) {
                if (s.jsonName.equals(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(name.toLowerCase(Locale.ROOT));
        }
    }
}
