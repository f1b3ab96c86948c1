package dev.siamese.sweep;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import dev.siamese.spec.AggregateExpectation.Statistic;

/**
 * One metric of one grid point over its seeds: mean, sample standard deviation, min, max and the two-sided 95 %
 * Student-t confidence interval of the mean, {@code mean ± t(0.975, n−1) · std / √n} (commons-math3's
 * {@link TDistribution}). Seeds where the metric is undefined (ROC AUC without impostor pairs) do not count;
 * what needs two values (std, interval) is null below two.
 *
 * @param values the per-seed values in the sweep's seed order, null where undefined
 */
public record Aggregate(Double mean, Double std, Double min, Double max, Double ciLow, Double ciHigh, int n,
                        List<Double> values) {
    public static final double CONFIDENCE = 0.95;
    /** How the interval is computed, as {@code sweep.json} and the reports state it. */
    public static final String INTERVAL_METHOD = "Student t, two-sided 95 % interval of the mean over seeds";

    public Aggregate {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Aggregate of(List<Double> perSeed) {
        DescriptiveStatistics stats = new DescriptiveStatistics();
        perSeed.stream().filter(Objects::nonNull).filter(v -> !v.isNaN()).forEach(stats::addValue);
        int n = (int) stats.getN();
        if (n == 0) {
            return new Aggregate(null, null, null, null, null, null, 0, perSeed);
        }
        double mean = stats.getMean();
        Double std = null;
        Double low = null;
        Double high = null;
        if (n >= 2) {
            std = stats.getStandardDeviation();
            double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
            double half = t * std / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
        }
        return new Aggregate(mean, std, stats.getMin(), stats.getMax(), low, high, n, perSeed);
    }

    /** The value of {@code statistic}, or null when undefined. */
    public Double get(Statistic statistic) {
        return switch (statistic) {
            case MEAN -> mean;
            case STD -> std;
            case MIN -> min;
            case MAX -> max;
            case CI_LOW -> ciLow;
            case CI_HIGH -> ciHigh;
        };
    }
}
