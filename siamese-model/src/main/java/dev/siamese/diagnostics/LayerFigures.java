package dev.siamese.diagnostics;

/**
 * One branch layer's figures after one epoch. Norms cover all the layer's parameters (weights and biases).
 *
 * @param layer             the graph's name of the layer, e.g. {@code branch2_dense}
 * @param activation        {@code relu}, {@code tanh}, {@code sigmoid}, {@code other} or {@code none}
 * @param units             output units (channels for a convolution)
 * @param parameters        trainable parameters of the layer (0 for activation, dropout, pooling layers)
 * @param gradientNorm      L2 norm of the loss gradient of the layer's parameters, the mean over the epoch's
 *                          steps of the per-step norm (taken before the optimizer turns it into an update); null
 *                          without parameters
 * @param gradientRms       the root mean square of one parameter's gradient: {@code gradientNorm / sqrt(parameters)};
 *                          unlike the norm it compares layers of different sizes; null without parameters
 * @param weightNorm        L2 norm of the parameters at the end of the epoch; null without parameters
 * @param updateRatio       ‖w_end − w_start‖ / ‖w_start‖ over the epoch; null without parameters
 * @param deadFraction      ReLU layers: share of units never above 0 on any training image (any position, for a
 *                          convolution) in inference mode; null otherwise
 * @param saturatedFraction tanh / sigmoid layers: share of units saturated (|a| above the rules' level, for sigmoid
 *                          |2a − 1|) on at least the rules' share of the images; null otherwise
 * @param outputStd         spread of the layer's output over the training images in inference mode: the mean over
 *                          its output values (unit × position) of their standard deviation across images; 0 when
 *                          every image gives the same output
 */
public record LayerFigures(String layer, String activation, long units, long parameters, Double gradientNorm,
                           Double gradientRms, Double weightNorm, Double updateRatio, Double deadFraction,
                           Double saturatedFraction, Double outputStd) {
}
