package dev.siamese.engine;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/**
 * Puts DL4J's updater back on its standard path. Its {@code BaseMultiLayerUpdater.update} treats a gradient as
 * "external" (computed by another network, RL4J's case) unless {@code gradient.gradient()} is the very array of
 * the network's gradient view, and M2.1's {@code DefaultGradient.gradient()} hands back a new rank-1
 * {@code reshape} of it on every call, so every step of every network took the external path: per variable and
 * step, views of the parameters and the gradient sliced afresh before and after the updater for the
 * regularization (weight decay), and the minibatch division's subsets worked out again.
 * <p>
 * After the gradient is computed and before the updater runs ({@code onGradientCalculation}), this swaps the
 * graph's gradient for one whose {@link Gradient#gradient()} is the view itself. Both paths run the same
 * element-wise ops on the same memory; only the views differ, so training is bit for bit the same (tested).
 */
final class FlatGradientListener extends BaseTrainingListener {
    static final FlatGradientListener INSTANCE = new FlatGradientListener();

    private FlatGradientListener() {
    }

    /** Adds the listener to {@code graph} unless it has it. */
    static void attach(ComputationGraph graph) {
        if (graph.getListeners() == null || !graph.getListeners().contains(INSTANCE)) {
            graph.addListeners(INSTANCE);
        }
    }

    @Override
    public void onGradientCalculation(Model model) {
        if (!(model instanceof ComputationGraph graph)) {
            return;
        }
        Gradient gradient = graph.gradient();
        INDArray view = graph.getFlattenedGradients();
        if (gradient != null && view != null && !(gradient instanceof ViewGradient)) {
            graph.setGradient(new ViewGradient(gradient, view));
        }
    }

    /** The same per-variable gradients, with the network's flattened gradient view as the whole. */
    static final class ViewGradient extends DefaultGradient {
        private final INDArray view;

        ViewGradient(Gradient of, INDArray view) {
            super(view);
            this.view = view;
            for (Map.Entry<String, INDArray> e : of.gradientForVariable().entrySet()) {
                setGradientFor(e.getKey(), e.getValue(), of.flatteningOrderForVariable(e.getKey()));
            }
        }

        @Override
        public INDArray gradient() {
            return view;
        }
    }
}
