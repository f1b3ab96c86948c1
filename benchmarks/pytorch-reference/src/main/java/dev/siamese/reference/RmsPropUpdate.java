package dev.siamese.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RMSprop as torch.optim.RMSprop does it per parameter (no momentum, not centred): v ← ρv + (1 − ρ)g²,
 * w ← w − lr·g / (√v + ε), in place. DJL's PyTorch engine has no RMSprop update of its own.
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
        v.muli(rho).addi(grad.square().muli(1 - rho));
        weight.subi(grad.div(v.sqrt().addi(epsilon)).muli(learningRate));
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
