package dev.siamese.train;

import dev.siamese.model.SiameseNetwork;

/**
 * The best epoch's network so far by {@code training.keepBest}, a copy taken after that epoch, as a
 * {@link Checkpoint} carries it.
 *
 * @param network a copy of the network (with its optimizer state) after {@code epoch}
 * @param epoch   1-based
 * @param value   its value of the metric
 */
public record BestSoFar(SiameseNetwork network, int epoch, double value) {
}
