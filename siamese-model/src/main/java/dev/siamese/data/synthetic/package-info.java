/**
 * The synthetic fingerprint generator: master prints grown from orientation and ridge fields, impressions rendered
 * with distortion, noise and a sensor's texture, new impressions per epoch; deterministic from the seed.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code data}.
 */
package dev.siamese.data.synthetic;
