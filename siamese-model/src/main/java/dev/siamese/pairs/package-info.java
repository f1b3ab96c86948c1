/**
 * Pairs of images to train and judge on: sampling by split and strategy ({@code pairs.json}), the prepared data set
 * (images with their pairs), identification searches and split summaries.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code data}.
 */
package dev.siamese.pairs;
