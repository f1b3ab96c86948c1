package dev.siamese.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a fusion experiment scored its pairs ({@code results.json} {@code fusion}).
 *
 * @param choice           {@code fused}, {@code network} or {@code sourceafis}: what scored the pairs
 * @param networkWeight    weight of the network's standardised distance (1 or 0 alone)
 * @param sourceAfisWeight weight of SourceAFIS's standardised distance
 * @param fittedPairs      training pairs the weights were fitted and the guard judged on
 * @param unseenOnly       whether those pairs hold only images the network was never trained on
 * @param guardFused       pooled EER of the fusion on held-apart training fingers; null when the guard could not run
 * @param guardNetwork     the network's there
 * @param guardSourceAfis  SourceAFIS's there
 * @param reason           the choice in a sentence
 */
public record FusionSummary(String choice, double networkWeight, double sourceAfisWeight, int fittedPairs,
                            boolean unseenOnly, @JsonInclude(JsonInclude.Include.NON_NULL) Double guardFused,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double guardNetwork,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double guardSourceAfis, String reason) {
}
