package dev.siamese.train;

import dev.siamese.history.EpochRecord;
import dev.siamese.history.History;

/**
 * Progress after one epoch, for display: the epoch's record plus timings (which are not deterministic and
 * therefore kept out of {@link History}).
 *
 * @param totalEpochs    epochs configured
 * @param seconds        wall time of the epoch's training steps
 * @param pairsPerSecond training examples per second in those steps: pairs, or images for a network
 *                       trained by finger ({@code unit} says which)
 * @param unit           what {@code pairsPerSecond} counts: {@value #PAIRS} or {@value #IMAGES}
 */
public record EpochProgress(EpochRecord record, int totalEpochs, double seconds, double pairsPerSecond, String unit) {
    public static final String PAIRS = "pairs";
    public static final String IMAGES = "images";

    public EpochProgress(EpochRecord record, int totalEpochs, double seconds, double pairsPerSecond) {
        this(record, totalEpochs, seconds, pairsPerSecond, PAIRS);
    }
}
