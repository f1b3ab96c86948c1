/**
 * Benchmarks: programs that print figures (training steps, the matcher, search, synthetic prints), run with
 * {@code exec:java}; not tests and not in the library's jar.
 *
 * <p>May import: the library and DL4J's public API.
 */
package dev.siamese.bench;
