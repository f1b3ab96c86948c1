/**
 * Training diagnostics as data and as verdicts: the per-epoch figures of layers, embeddings and distances
 * ({@code diagnostics.json}), and the rules that judge them with the history (vanishing gradients, dead units,
 * no learning, ...). The recorder that measures a network is {@code train}'s; what it records lives here, below
 * the results and reports that show it, and knows no network.
 *
 * <p>May import: {@code dev.siamese}, {@code distance}, {@code history}.
 */
package dev.siamese.diagnostics;
