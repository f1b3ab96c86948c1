/**
 * The {@code siamese} command: a trained model put to use without Maven ({@code match}, {@code info}, {@code enroll},
 * {@code identify}). Commands are
 * thin: they parse options (picocli), call the library's {@code dev.siamese.match}, and print the answer; they know
 * no DL4J or ND4J type.
 */
package dev.siamese.cli;
