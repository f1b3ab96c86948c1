package dev.siamese.train;

import dev.siamese.history.KeptEpoch;
import dev.siamese.history.EpochRecord;

import dev.siamese.history.History;

import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;
import dev.siamese.spec.Expectation;
import dev.siamese.spec.MetricNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Keeps a copy of the network after the evaluated epoch with the best value of {@code training.keepBest}:
 * strictly better replaces it, so of equal values the first is kept; an undefined value (NaN) never is.
 */
final class BestEpoch {
    private static final Logger LOG = LoggerFactory.getLogger(BestEpoch.class);

    private final String metric;
    private final EpochMetric values;
    private final boolean higherIsBetter;
    private BestSoFar best;

    private BestEpoch(String metric, EpochMetric values, BestSoFar best) {
        this.metric = metric;
        this.values = values;
        this.higherIsBetter = MetricNames.direction(metric).orElseThrow() == Expectation.Direction.HIGHER;
        this.best = best;
    }

    /** For {@code metric} (null: nothing is kept, the last epoch's network is the result), resuming {@code resumed}'s best. */
    static BestEpoch of(String metric, EpochMetric values, Optional<Checkpoint> resumed) {
        if (metric == null) {
            return null;
        }
        if (values == null) {
            throw new IllegalStateException("training.keepBest is " + metric + " but the trainer was given no EpochMetric");
        }
        return new BestEpoch(metric, values, resumed.map(Checkpoint::best).orElse(null));
    }

    /** Judges {@code net} after {@code epoch} by its validation distances; keeps a copy when it is the best yet. */
    void offer(int epoch, SiameseNetwork net, double[] distances, List<ImagePair> pairs) {
        double value = values.value(distances, pairs);
        if (Double.isNaN(value) || (best != null && !(higherIsBetter ? value > best.value() : value < best.value()))) {
            return;
        }
        best = new BestSoFar(net.copy(), epoch, value);
    }

    /** What a checkpoint carries: the best so far, or null. */
    BestSoFar best() {
        return best;
    }

    /**
     * What training produced once it ended with {@code last} after {@code records}: with no {@code keepBest}
     * ({@code selection} null) the last network; else the best epoch's, and the history says which.
     */
    static TrainingResult result(BestEpoch selection, SiameseNetwork last, List<EpochRecord> records,
                                 boolean stoppedEarly) {
        if (selection == null) {
            return new TrainingResult(last, new History(records, stoppedEarly));
        }
        int lastEpoch = records.get(records.size() - 1).epoch();
        BestSoFar best = selection.best;
        if (best == null) {
            LOG.warn("no evaluated epoch had a defined {}: keeping the last epoch's network", selection.metric);
            return new TrainingResult(last, new History(records, stoppedEarly,
                    new KeptEpoch(selection.metric, lastEpoch, Double.NaN)));
        }
        LOG.info("keeping the network of epoch {} of {}: best {} ({})", best.epoch(), lastEpoch, selection.metric,
                best.value());
        return new TrainingResult(best.network(), new History(records, stoppedEarly,
                new KeptEpoch(selection.metric, best.epoch(), best.value())));
    }
}
