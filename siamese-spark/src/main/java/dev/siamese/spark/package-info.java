/**
 * Sweeps on Apache Spark: one task per sweep point, each running the library's {@code SweepPointRun}; found by the
 * plugin through {@code SweepExecutorProvider}.
 *
 * <p>May import: the library's {@code dev.siamese}, {@code experiment}, {@code sweep}, {@code spec} and {@code results}; Spark.
 */
package dev.siamese.spark;
