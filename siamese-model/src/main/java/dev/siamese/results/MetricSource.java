package dev.siamese.results;

import java.util.Optional;

/** Looks a metric up by its expectation name ({@code validation.accuracy}); empty when undefined. */
@FunctionalInterface
public interface MetricSource {
    Optional<Double> metric(String name);
}
