package dev.siamese.model;

/**
 * How images enter the network: flattened rows when the branch starts with {@code flatten}, else NCHW
 * feature maps with one channel. Pixels are {@code value / 255} either way.
 */
public enum InputLayout {
    /** {@code [N, H·W]}, row-major. */
    FLAT,
    /** {@code [N, 1, H, W]}. */
    NCHW
}
