package dev.siamese.train;

import dev.siamese.history.EpochRecord;
import dev.siamese.model.SiameseNetwork;

import java.util.List;

/**
 * Training's state after an epoch: enough to go on as if never interrupted. The network carries its
 * optimizer state; ND4J's random generator (dropout masks) is captured by its two state words. Batch order
 * and augmentation are drawn from per-epoch streams of the seed, so they need no state.
 *
 * @param epoch   the last epoch completed (1-based)
 * @param history the records of epochs 1..epoch
 * @param best    the best epoch's network so far by {@code training.keepBest}, or null
 */
public record Checkpoint(SiameseNetwork network, int epoch, List<EpochRecord> history, long rngRoot, long rngNode,
                         BestSoFar best) {
    public Checkpoint {
        history = List.copyOf(history);
    }

    /** Of a training that keeps its last epoch's network. */
    public Checkpoint(SiameseNetwork network, int epoch, List<EpochRecord> history, long rngRoot, long rngNode) {
        this(network, epoch, history, rngRoot, rngNode, null);
    }
}
