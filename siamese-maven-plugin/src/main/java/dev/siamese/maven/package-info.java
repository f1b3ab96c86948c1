/**
 * The Maven goals: thin Mojos that read their parameters, call the library's {@code experiment} orchestration and
 * map what it returns to the build's log and result ({@code BuildOutcome}); models resolved as Maven artifacts.
 *
 * <p>May import: the library; no DL4J, ND4J or engine type (checked by {@code PluginArchitectureTest}).
 */
package dev.siamese.maven;
