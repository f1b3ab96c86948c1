package dev.siamese.spec;

/**
 * How the network is trained.
 *
 * @param optimizer     the optimizer and its hyper-parameters
 * @param epochs        passes over the training pairs (seed: 500)
 * @param batchSize     pairs per step (Keras's default: 32)
 * @param earlyStopping stop when validation loss stops improving, or null to always run every epoch
 */
public record TrainingSpec(OptimizerSpec optimizer, int epochs, int batchSize, EarlyStoppingSpec earlyStopping) {
}
