/**
 * The minutiae baseline: SourceAFIS as a pair scorer, at the scans' resolution.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code distance}, {@code data}, {@code preprocess},
 * {@code pairs}, {@code eval}.
 */
package dev.siamese.baseline;
