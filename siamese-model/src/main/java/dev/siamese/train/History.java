package dev.siamese.train;

import java.util.List;

/**
 * What training produced, epoch by epoch.
 *
 * @param epochs       one record per epoch run
 * @param stoppedEarly whether early stopping ended training before the configured number of epochs
 */
public record History(List<EpochRecord> epochs, boolean stoppedEarly) {
    public History {
        epochs = List.copyOf(epochs);
    }

    /** The last epoch's record. */
    public EpochRecord last() {
        return epochs.get(epochs.size() - 1);
    }
}
