package dev.siamese.model;

/**
 * What a saved network needs besides DL4J's graph: how to feed it images and how to compare what it
 * outputs. Stored as {@code siamese.json} inside the model zip.
 *
 * @param distance how two embeddings are compared; models written before it was recorded are Euclidean
 */
public record NetworkMetadata(int formatVersion, InputLayout layout, int height, int width,
                              EmbeddingDistance distance) {
    public static final int FORMAT_VERSION = 1;

    public NetworkMetadata {
        distance = distance == null ? EmbeddingDistance.EUCLIDEAN : distance;
    }

    /** A Euclidean (seed's) network. */
    public NetworkMetadata(int formatVersion, InputLayout layout, int height, int width) {
        this(formatVersion, layout, height, width, EmbeddingDistance.EUCLIDEAN);
    }
}
