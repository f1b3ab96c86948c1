package dev.siamese.match;

/**
 * The outcome of comparing two images.
 *
 * @param distance  their distance by the model's rule
 * @param threshold the operating threshold used
 * @param matches   {@code distance < threshold}
 */
public record Verification(double distance, double threshold, boolean matches) {
}
