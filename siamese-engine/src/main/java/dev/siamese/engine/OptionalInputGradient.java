package dev.siamese.engine;

/**
 * A layer configuration whose backward pass can leave out the gradient with respect to its input: the branch's
 * first layer, fed by the images, where nothing upstream learns from it.
 */
interface OptionalInputGradient {
    /** Whether the backward pass computes the gradient with respect to the layer's input (true unless told). */
    boolean isInputGradient();

    /** Off for a layer fed by the network's input. */
    void setInputGradient(boolean inputGradient);
}
