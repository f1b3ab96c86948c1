/**
 * Scans as a network sees them ({@code model.input}): rescaling to the network's resolution, the foreground
 * mask, contrast normalisation, and the statistics that compare real scans with synthetic prints.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code data}.
 */
package dev.siamese.preprocess;
