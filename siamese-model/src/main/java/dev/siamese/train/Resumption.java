package dev.siamese.train;

import dev.siamese.history.EpochRecord;
import dev.siamese.Seeds;
import dev.siamese.model.SiameseNetwork;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/** Starting a training run afresh or from a {@link Checkpoint}, and taking one after an epoch. */
final class Resumption {
    private static final Logger LOG = LoggerFactory.getLogger(Resumption.class);

    private Resumption() {
    }

    /**
     * Seeds ND4J's generator for dropout (fresh run) or restores its state and the history (resumed run);
     * returns the first epoch to run.
     */
    static int restore(Optional<Checkpoint> resumed, long seed, List<EpochRecord> records) {
        Random rng = Nd4j.getRandom();
        if (resumed.isEmpty()) {
            rng.setSeed(Seeds.derive(seed, "dropout"));
            return 1;
        }
        Checkpoint c = resumed.get();
        rng.setStates(c.rngRoot(), c.rngNode());
        records.addAll(c.history());
        LOG.info("resuming after epoch {} from the checkpoint of an interrupted run", c.epoch());
        return c.epoch() + 1;
    }

    static Checkpoint checkpoint(SiameseNetwork net, int epoch, List<EpochRecord> records, BestEpoch best) {
        Random rng = Nd4j.getRandom();
        return new Checkpoint(net, epoch, records, rng.rootState(), rng.nodeState(), best == null ? null : best.best());
    }
}
