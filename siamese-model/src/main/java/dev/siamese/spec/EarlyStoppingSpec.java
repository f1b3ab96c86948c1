package dev.siamese.spec;

/**
 * Stop training when validation loss has not improved by at least {@code minDelta} for {@code patience} epochs.
 */
public record EarlyStoppingSpec(int patience, double minDelta) {
}
