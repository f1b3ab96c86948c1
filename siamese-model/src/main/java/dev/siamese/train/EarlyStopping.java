package dev.siamese.train;

import dev.siamese.spec.EarlyStoppingSpec;

/** Keras's {@code EarlyStopping(monitor="val_loss")}: stop after {@code patience} epochs without an improvement of at least {@code minDelta}. */
final class EarlyStopping {
    private final EarlyStoppingSpec spec;
    private double best = Double.POSITIVE_INFINITY;
    private int wait;

    EarlyStopping(EarlyStoppingSpec spec) {
        this.spec = spec;
    }

    /** Records an epoch's validation loss; true when training should stop. */
    boolean shouldStop(double validationLoss) {
        if (spec == null || Double.isNaN(validationLoss)) {
            return false;
        }
        if (validationLoss < best - spec.minDelta()) {
            best = validationLoss;
            wait = 0;
            return false;
        }
        wait++;
        return wait >= spec.patience();
    }
}
