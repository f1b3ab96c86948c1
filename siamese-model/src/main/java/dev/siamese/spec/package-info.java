/**
 * The versioned experiment spec ({@code experiment.json}, {@code sweep.json}): records of every section, the
 * parser with its one-line errors by JSON path, {@code extends}, defaults and presets.
 *
 * <p>May import: {@code dev.siamese}.
 */
package dev.siamese.spec;
