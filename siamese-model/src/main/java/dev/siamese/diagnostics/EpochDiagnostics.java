package dev.siamese.diagnostics;

import java.util.List;

/**
 * What the diagnostics recorded after one epoch.
 *
 * @param epoch      1-based, as in the history
 * @param layers     the branch's layers with parameters or a ReLU / tanh / sigmoid activation, input to output
 * @param embeddings statistics of the training images' embeddings
 * @param trainPairs distances of the training pairs
 */
public record EpochDiagnostics(int epoch, List<LayerFigures> layers, EmbeddingFigures embeddings,
                               DistanceFigures trainPairs) {
    public EpochDiagnostics {
        layers = List.copyOf(layers);
    }
}
