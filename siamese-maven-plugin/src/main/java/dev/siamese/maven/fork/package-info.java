/**
 * The forked JVM of {@code train}, {@code evaluate} and sweep points: its class path and environment, the line
 * protocol between the fork and Maven, timeouts, and the watch that stops a fork whose Maven is gone.
 *
 * <p>May import: the library; no DL4J, ND4J or engine type.
 */
package dev.siamese.maven.fork;
