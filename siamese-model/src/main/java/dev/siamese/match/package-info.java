/**
 * Using a trained model: the matcher (templates, distance, decision at the operating threshold of
 * {@code matcher.json}), enrollment into galleries, exact and HNSW search, 1:N identification.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code distance}, {@code data}, {@code preprocess},
 * {@code pairs}, {@code model}, {@code eval}.
 */
package dev.siamese.match;
