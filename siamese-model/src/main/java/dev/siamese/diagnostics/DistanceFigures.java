package dev.siamese.diagnostics;

/**
 * Distances {@code sqrt(max(Σ(a−b)², 1e−7))} of the training pairs after one epoch, in inference mode.
 *
 * @param pairs        training pairs
 * @param genuineMean  mean distance of genuine pairs; null without any
 * @param impostorMean mean distance of impostor pairs; null without any
 * @param floorShare   share of pairs at the distance floor ({@code d ≤ sqrt(1e−7) · 1.0001}), where
 *                     {@code max(·, 1e−7)} passes no gradient
 */
public record DistanceFigures(int pairs, Double genuineMean, Double impostorMean, double floorShare) {
}
