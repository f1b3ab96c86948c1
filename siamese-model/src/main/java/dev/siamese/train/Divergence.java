package dev.siamese.train;

import dev.siamese.history.EpochRecord;
import dev.siamese.ExperimentException;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.OptimizerSpec;
import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Locale;
import java.util.Optional;

/**
 * Stops a training run whose losses or weights are no longer finite. Past that point every later epoch would
 * log a finite-looking loss of NaN pairs and evaluation would report a chance model, so the run fails instead,
 * with one line naming the epoch and the optimizer's learning rate (the usual cause). A non-finite gradient
 * shows as non-finite weights after its update, so checking losses and weights after each epoch catches all
 * three, with and without diagnostics.
 */
public final class Divergence {
    private Divergence() {
    }

    /**
     * Throws an {@link ExperimentException} when the epoch's training or validation loss, or one of the
     * network's weights, is not finite.
     */
    static void check(EpochRecord record, SiameseNetwork network, OptimizerSpec optimizer) {
        Optional<String> loss = record.nonFiniteLoss();
        if (loss.isPresent()) {
            throw diverged(record.epoch(), loss.get(), optimizer);
        }
        checkWeights(record.epoch(), network, optimizer);
    }

    /**
     * As {@link #check} for a training that has no validation loss (trained by finger): the training loss
     * and the weights.
     */
    static void checkTraining(int epoch, double trainLoss, SiameseNetwork network, OptimizerSpec optimizer) {
        if (!Double.isFinite(trainLoss)) {
            throw diverged(epoch, "loss is " + trainLoss, optimizer);
        }
        checkWeights(epoch, network, optimizer);
    }

    private static void checkWeights(int epoch, SiameseNetwork network, OptimizerSpec optimizer) {
        for (Layer layer : network.graph().getLayers()) {
            INDArray p = layer.numParams() == 0 ? null : layer.params();
            if (p != null && !finite(p)) {
                throw diverged(epoch, "weights of " + layer.getConfig().getLayerName() + " are not finite",
                        optimizer);
            }
        }
    }

    /**
     * Whether every weight is finite, in one reduction where they are: a sum of finite values is finite unless
     * it overflows, which the exact element test then rules out. (The exact test alone, two boolean arrays of
     * every weight after every epoch, cost noticeably more on dense-1's millions of weights.)
     */
    static boolean finite(INDArray p) {
        return Double.isFinite(p.sumNumber().doubleValue()) || !(p.isNaN().any() || p.isInfinite().any());
    }

    private static ExperimentException diverged(int epoch, String what, OptimizerSpec optimizer) {
        return new ExperimentException(String.format(Locale.ROOT, "training diverged in epoch %d: %s"
                        + " (training.optimizer: %s, learningRate %s); lower the learning rate", epoch, what,
                optimizer.type().jsonName(), optimizer.learningRate()));
    }
}
