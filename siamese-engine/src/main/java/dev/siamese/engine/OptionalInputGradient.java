package dev.siamese.engine;

/**
 * A layer configuration whose backward pass can leave out the gradient with respect to its input: the branch's
 * first layer, fed by the images, where nothing upstream learns from it.
 */
interface OptionalInputGradient {
    /** For a layer fed by the network's input: its backward pass leaves out the gradient with respect to it. */
    void leaveOutInputGradient();
}
