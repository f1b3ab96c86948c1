package dev.siamese.diagnostics;

import java.util.List;

/**
 * What the diagnostics recorded after one epoch.
 *
 * @param epoch      1-based, as in the history
 * @param layers     the branch's layers with parameters or a ReLU / tanh / sigmoid activation, input to output
 * @param embeddings statistics of the training images' embeddings
 * @param trainPairs distances of the training pairs
 * @param inputStd   spread of the branch's input over the training images, measured as {@link LayerFigures#outputStd}
 *                   (the same in every epoch): what the layers' spreads compare with
 */
public record EpochDiagnostics(int epoch, List<LayerFigures> layers, EmbeddingFigures embeddings,
                               DistanceFigures trainPairs, Double inputStd) {
    public EpochDiagnostics {
        layers = List.copyOf(layers);
    }
}
