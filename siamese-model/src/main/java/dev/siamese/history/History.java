package dev.siamese.history;

import java.util.List;

/**
 * What training produced, epoch by epoch.
 *
 * @param epochs       one record per epoch run
 * @param stoppedEarly whether early stopping ended training before the configured number of epochs
 * @param kept         the epoch whose network was kept by {@code training.keepBest}; null when the last
 *                     epoch's was (no {@code keepBest})
 */
public record History(List<EpochRecord> epochs, boolean stoppedEarly, KeptEpoch kept) {
    public History {
        epochs = List.copyOf(epochs);
    }

    /** Of a training that kept its last epoch's network. */
    public History(List<EpochRecord> epochs, boolean stoppedEarly) {
        this(epochs, stoppedEarly, null);
    }

    /** The last epoch's record. */
    public EpochRecord last() {
        return epochs.get(epochs.size() - 1);
    }
}
