package dev.siamese.spec;

/**
 * How the network is trained.
 *
 * @param optimizer     the optimizer and its hyper-parameters
 * @param epochs        passes over the training pairs (seed: 500), or over the training images for a loss
 *                      trained by finger
 * @param batchSize     pairs per step (Keras's default: 32), or images per step for a loss trained by finger
 * @param earlyStopping stop when validation loss stops improving, or null to always run every epoch
 * @param weightDecay   L2 penalty on weights (not biases) added to the gradient, {@code λ·w}, as PyTorch's
 *                      {@code weight_decay} for Adam/SGD; 0 for none
 * @param schedule      the learning rate's course over the epochs
 * @param augmentation  random changes of training images, {@link AugmentationSpec#NONE} for none
 * @param evaluateEvery per-epoch figures on training and validation pairs every this many epochs (and
 *                      always after the last); the epochs between record NaN
 * @param impressionsPerFinger for a loss trained by finger, K: each batch holds {@code batchSize / K} fingers
 *                      with K impressions each (P×K batches); 0 for batches of images in plain shuffled order
 * @param keepBest      the validation metric ({@link MetricNames#SELECTABLE}) by which the best evaluated epoch's
 *                      network is kept instead of the last one's, or null to keep the last
 * @param freshImpressions for a synthetic data set, train each epoch after the first on new impressions of the
 *                      training fingers (drawn from the generator), instead of the data set's images every epoch
 * @param evaluationSample per-epoch figures on at most this many pairs of each split (a fixed sample from the
 *                      seed); 0 for all
 */
public record TrainingSpec(OptimizerSpec optimizer, int epochs, int batchSize, EarlyStoppingSpec earlyStopping,
                           double weightDecay, ScheduleSpec schedule, AugmentationSpec augmentation,
                           int evaluateEvery, int impressionsPerFinger, String keepBest, boolean freshImpressions,
                           int evaluationSample) {

    /** Per-epoch figures on every pair. */
    public TrainingSpec(OptimizerSpec optimizer, int epochs, int batchSize, EarlyStoppingSpec earlyStopping,
                        double weightDecay, ScheduleSpec schedule, AugmentationSpec augmentation, int evaluateEvery,
                        int impressionsPerFinger, String keepBest, boolean freshImpressions) {
        this(optimizer, epochs, batchSize, earlyStopping, weightDecay, schedule, augmentation, evaluateEvery,
                impressionsPerFinger, keepBest, freshImpressions, 0);
    }

    /** On the data set's own images every epoch. */
    public TrainingSpec(OptimizerSpec optimizer, int epochs, int batchSize, EarlyStoppingSpec earlyStopping,
                        double weightDecay, ScheduleSpec schedule, AugmentationSpec augmentation, int evaluateEvery,
                        int impressionsPerFinger, String keepBest) {
        this(optimizer, epochs, batchSize, earlyStopping, weightDecay, schedule, augmentation, evaluateEvery,
                impressionsPerFinger, keepBest, false);
    }

    /** Keeping the last epoch's network. */
    public TrainingSpec(OptimizerSpec optimizer, int epochs, int batchSize, EarlyStoppingSpec earlyStopping,
                        double weightDecay, ScheduleSpec schedule, AugmentationSpec augmentation, int evaluateEvery,
                        int impressionsPerFinger) {
        this(optimizer, epochs, batchSize, earlyStopping, weightDecay, schedule, augmentation, evaluateEvery,
                impressionsPerFinger, null);
    }

    /** Batches in plain shuffled order (no P×K grouping). */
    public TrainingSpec(OptimizerSpec optimizer, int epochs, int batchSize, EarlyStoppingSpec earlyStopping,
                        double weightDecay, ScheduleSpec schedule, AugmentationSpec augmentation, int evaluateEvery) {
        this(optimizer, epochs, batchSize, earlyStopping, weightDecay, schedule, augmentation, evaluateEvery, 0);
    }

    /** Plain training as the seed's: no weight decay, constant rate, no augmentation, figures every epoch. */
    public TrainingSpec(OptimizerSpec optimizer, int epochs, int batchSize, EarlyStoppingSpec earlyStopping) {
        this(optimizer, epochs, batchSize, earlyStopping, 0, ScheduleSpec.CONSTANT, AugmentationSpec.NONE, 1);
    }

    /** Whether per-epoch figures are computed after 1-based {@code epoch}. */
    public boolean evaluatesAfter(int epoch) {
        return epoch == epochs || epoch % evaluateEvery == 0;
    }
}
