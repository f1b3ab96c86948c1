package dev.siamese.model;

/**
 * What a saved network needs besides DL4J's graph: how to feed it images. Stored as {@code siamese.json}
 * inside the model zip.
 */
public record NetworkMetadata(int formatVersion, InputLayout layout, int height, int width) {
    public static final int FORMAT_VERSION = 1;
}
