package dev.siamese.model;

/**
 * What a saved network needs besides DL4J's graph: how to feed it images and how to compare what it
 * outputs. Stored as {@code siamese.json} inside the model zip.
 *
 * @param distance        how two embeddings are compared; models written before it was recorded are Euclidean
 * @param embeddingVertex for a network trained by finger, the graph vertex whose output is the embedding;
 *                        {@code null} for a pair graph (left and right inputs, contrastive loss)
 */
public record NetworkMetadata(int formatVersion, InputLayout layout, int height, int width,
                              EmbeddingDistance distance, String embeddingVertex) {
    public static final int FORMAT_VERSION = 1;

    public NetworkMetadata {
        distance = distance == null ? EmbeddingDistance.EUCLIDEAN : distance;
    }

    /** A Euclidean (seed's) pair network. */
    public NetworkMetadata(int formatVersion, InputLayout layout, int height, int width) {
        this(formatVersion, layout, height, width, EmbeddingDistance.EUCLIDEAN, null);
    }

    /** Whether the graph was trained by finger (one image input) rather than on pairs. */
    public boolean byIdentity() {
        return embeddingVertex != null;
    }
}
