package dev.siamese.train;

import dev.siamese.history.EpochRecord;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.model.SiameseNetwork;

/**
 * Watches training from outside the {@link Trainer}'s logic (diagnostics, for one). An observer must not
 * draw from ND4J's random generator (no training-mode passes), or it changes later dropout masks and with
 * them the run; inference-mode passes and reading parameters are fine.
 */
public interface EpochObserver {
    EpochObserver NONE = new EpochObserver() {
    };

    /** Called once, after the network is built and before the first step. */
    default void beforeTraining(SiameseNetwork network, PreparedDataset data) {
    }

    /** Called after each epoch, once its record (inference-mode losses and accuracies) is known. */
    default void afterEpoch(SiameseNetwork network, EpochRecord record) {
    }
}
