/**
 * Training a network: pair and finger batches, augmentation, early stopping and keeping the best epoch,
 * checkpoints, timings, divergence checks, and the recorder of the diagnostics.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code distance}, {@code data}, {@code preprocess},
 * {@code pairs}, {@code history}, {@code diagnostics}, {@code engine}, {@code model}; DL4J and ND4J's public API.
 */
package dev.siamese.train;
