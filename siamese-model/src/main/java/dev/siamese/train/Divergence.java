package dev.siamese.train;

import dev.siamese.ExperimentException;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.OptimizerSpec;
import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Locale;

/**
 * Stops a training run whose loss or weights are no longer finite. Past that point every later epoch would log
 * a finite-looking loss of NaN pairs and evaluation would report a chance model, so the run fails instead, with
 * one line naming the epoch and the optimizer's learning rate (the usual cause). A non-finite gradient shows as
 * non-finite weights after its update, so checking loss and weights after each epoch catches all three, with and
 * without diagnostics.
 */
final class Divergence {
    private Divergence() {
    }

    /** Throws an {@link ExperimentException} when epoch {@code epoch}'s loss or the network's weights are not finite. */
    static void check(int epoch, double trainLoss, SiameseNetwork network, OptimizerSpec optimizer) {
        if (!Double.isFinite(trainLoss)) {
            throw diverged(epoch, "loss is " + trainLoss, optimizer);
        }
        for (Layer layer : network.graph().getLayers()) {
            INDArray p = layer.numParams() == 0 ? null : layer.params();
            if (p != null && (p.isNaN().any() || p.isInfinite().any())) {
                throw diverged(epoch, "weights of " + layer.getConfig().getLayerName() + " are not finite", optimizer);
            }
        }
    }

    private static ExperimentException diverged(int epoch, String what, OptimizerSpec optimizer) {
        return new ExperimentException(String.format(Locale.ROOT, "training diverged in epoch %d: %s"
                        + " (training.optimizer: %s, learningRate %s); lower the learning rate", epoch, what,
                optimizer.type().jsonName(), optimizer.learningRate()));
    }
}
