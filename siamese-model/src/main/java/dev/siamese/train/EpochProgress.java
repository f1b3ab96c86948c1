package dev.siamese.train;

/**
 * Progress after one epoch, for display: the epoch's record plus timings (which are not deterministic and
 * therefore kept out of {@link History}).
 *
 * @param totalEpochs   epochs configured
 * @param seconds       wall time of the epoch's training steps
 * @param pairsPerSecond training pairs per second in those steps
 */
public record EpochProgress(EpochRecord record, int totalEpochs, double seconds, double pairsPerSecond) {
}
