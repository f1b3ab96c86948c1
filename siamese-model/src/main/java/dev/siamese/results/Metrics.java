package dev.siamese.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.siamese.eval.IdentificationMetrics;
import dev.siamese.eval.PairMetrics;

/**
 * Metrics of the trained network on the training and on the validation pairs, and of 1:N search on the
 * validation split ({@code identification}: absent when the split has no probe or a single finger, and in
 * files written before 0.3.0).
 */
public record Metrics(PairMetrics train, PairMetrics validation,
                      @JsonInclude(JsonInclude.Include.NON_NULL) IdentificationMetrics identification) {
    public Metrics(PairMetrics train, PairMetrics validation) {
        this(train, validation, null);
    }
}
