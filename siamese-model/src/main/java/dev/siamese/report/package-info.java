/**
 * What people read: {@code report.html} of an experiment, {@code compare.md} and {@code compare.html} of several,
 * the sweep's pages, their tables and charts. Drawn from files, without ND4J.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code distance}, {@code data}, {@code pairs},
 * {@code history}, {@code diagnostics}, {@code eval}, {@code results}, {@code sweep}; never a package that runs a
 * network.
 */
package dev.siamese.report;
