package dev.siamese.history;

import java.util.Locale;
import java.util.Optional;

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

    /** Loss and accuracy of the epoch, validation where there is any: {@code loss 0.2500  val loss 0.3000  acc 0.900}. */
    public String describe() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "loss %.4g", trainLoss));
        if (!Double.isNaN(validationLoss)) {
            s.append(String.format(Locale.ROOT, "  val loss %.4g", validationLoss));
        }
        if (!Double.isNaN(trainAccuracy)) { // not measured on the epochs a finger-trained network skips
            s.append(String.format(Locale.ROOT, "  acc %.3f", trainAccuracy));
        }
        if (!Double.isNaN(validationAccuracy)) {
            s.append(String.format(Locale.ROOT, "  val acc %.3f", validationAccuracy));
        }
        return s.toString();
    }

    /**
     * Which loss of the epoch is not finite, e.g. {@code "loss is NaN"}; empty when both are. A NaN validation
     * loss without validation pairs (NaN accuracy too) is no loss at all, not a broken one.
     */
    public Optional<String> nonFiniteLoss() {
        if (!Double.isFinite(trainLoss)) {
            return Optional.of("loss is " + trainLoss);
        }
        boolean noValidation = Double.isNaN(validationLoss) && Double.isNaN(validationAccuracy);
        if (!noValidation && !Double.isFinite(validationLoss)) {
            return Optional.of("validation loss is " + validationLoss);
        }
        return Optional.empty();
    }
}
