package dev.siamese.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RMSprop as torch.optim.RMSprop does it per parameter (no momentum, not centred): v ← ρv + (1 − ρ)g²,
 * w ← w − lr·g / (√v + ε), in place, its temporaries freed at once. DJL's PyTorch engine has no RMSprop update of its own.
 */
final class RmsPropUpdate extends Optimizer {
    private final float learningRate;
    private final float rho;
    private final float epsilon;
    private final Map<String, NDArray> squares = new ConcurrentHashMap<>();

    RmsPropUpdate(float learningRate, float rho, float epsilon) {
        super(new Builder());
        this.learningRate = learningRate;
        this.rho = rho;
        this.epsilon = epsilon;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        NDArray v = squares.computeIfAbsent(parameterId, id -> {
            NDArray zeros = weight.zerosLike();
            zeros.detach();
            return zeros;
        });
        // Temporaries are closed here: left to the parameter's manager they would live (and be paged in afresh)
        // for the whole run, which made the update ~80 ms of a dense-1 step on an EPYC.
        try (NDArray squared = grad.square()) {
            v.muli(rho).addi(squared.muli(1 - rho));
        }
        try (NDArray denominator = v.sqrt()) {
            denominator.addi(epsilon);
            try (NDArray step = grad.div(denominator)) {
                weight.subi(step.muli(learningRate));
            }
        }
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
