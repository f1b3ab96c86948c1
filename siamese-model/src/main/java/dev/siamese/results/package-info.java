/**
 * What an evaluation wrote ({@code results.json}, {@code scores.json}) and the checks on it: expectations, their
 * JUnit XML report. Read without a network, by {@code siamese:check}, {@code siamese:report} and
 * {@code siamese:compare}.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code distance}, {@code pairs}, {@code history},
 * {@code diagnostics}, {@code eval}; never a package that runs a network.
 */
package dev.siamese.results;
