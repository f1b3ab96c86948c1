/**
 * What training recorded epoch by epoch ({@code history.json}): losses and accuracies per epoch, early stopping,
 * the epoch kept. Written by {@code train}, read by diagnostics, results and reports, so it lives below all of them
 * and knows no network.
 *
 * <p>May import: {@code dev.siamese}.
 */
package dev.siamese.history;
