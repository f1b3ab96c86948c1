package dev.siamese.model;

import dev.siamese.distance.EmbeddingDistance;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.siamese.spec.InputSpec;

/**
 * What a saved network needs besides DL4J's graph: how to feed it images and how to compare what it
 * outputs. Stored as {@code siamese.json} inside the model zip.
 *
 * @param distance        how two embeddings are compared; models written before it was recorded are Euclidean
 * @param embeddingVertex for a network trained by finger, the graph vertex whose output is the embedding;
 *                        {@code null} for a pair graph (left and right inputs, contrastive loss)
 * @param input           how a scan becomes the network's input ({@code model.input}); null when the network takes
 *                        images of its size as they are (and then not written, so such a model's bytes stay as they were)
 */
public record NetworkMetadata(int formatVersion, InputLayout layout, int height, int width,
                              EmbeddingDistance distance, String embeddingVertex,
                              @JsonInclude(JsonInclude.Include.NON_NULL) InputSpec input) {
    public static final int FORMAT_VERSION = 1;

    public NetworkMetadata {
        distance = distance == null ? EmbeddingDistance.EUCLIDEAN : distance;
    }

    /** A Euclidean (seed's) pair network. */
    public NetworkMetadata(int formatVersion, InputLayout layout, int height, int width) {
        this(formatVersion, layout, height, width, EmbeddingDistance.EUCLIDEAN, null, null);
    }

    /** A network that takes images of its size as they are. */
    public NetworkMetadata(int formatVersion, InputLayout layout, int height, int width, EmbeddingDistance distance,
                           String embeddingVertex) {
        this(formatVersion, layout, height, width, distance, embeddingVertex, null);
    }

    /** The same network, fed as {@code input} says. */
    public NetworkMetadata withInput(InputSpec input) {
        return new NetworkMetadata(formatVersion, layout, height, width, distance, embeddingVertex, input);
    }

    /** Whether the graph was trained by finger (one image input) rather than on pairs. */
    public boolean byIdentity() {
        return embeddingVertex != null;
    }
}
