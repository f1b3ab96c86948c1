package dev.siamese.train;

/**
 * One epoch's results; deterministic for a given spec and machine (no timings).
 *
 * @param epoch              1-based
 * @param trainLoss          mean contrastive loss of the epoch's training steps, with dropout (as Keras reports it)
 * @param validationLoss     mean loss over the validation pairs in inference mode; NaN without validation pairs
 * @param trainAccuracy      share of training pairs judged right in inference mode after the epoch
 * @param validationAccuracy the same for validation pairs; NaN without validation pairs
 */
public record EpochRecord(int epoch, double trainLoss, double validationLoss, double trainAccuracy,
                          double validationAccuracy) {
}
