/**
 * Sweeps: the points of seeds × grid variants, aggregates over seeds with their intervals ({@code sweep.json}),
 * and the checks on aggregates.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code results}; never a package that runs a network.
 */
package dev.siamese.sweep;
