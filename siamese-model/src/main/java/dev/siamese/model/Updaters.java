package dev.siamese.model;

import dev.siamese.engine.GraphParts;
import dev.siamese.spec.OptimizerSpec;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Maps the spec's optimizer to a DL4J updater. Differences from Keras worth knowing: DL4J's RmsProp divides by
 * {@code sqrt(v) + ε} as Keras does but starts {@code v} at ε, not 0 (measured on M2.1; the same once the
 * gradients have filled it, unless they are tiny). RMSprop runs as {@link GraphParts#rmsProp}. DL4J has no plain
 * momentum SGD, so momentum &gt; 0 uses Nesterov momentum (Keras's {@code SGD(nesterov=True)}).
 */
final class Updaters {
    private Updaters() {
    }

    static IUpdater of(OptimizerSpec o) {
        return switch (o.type()) {
            case RMSPROP -> GraphParts.rmsProp(o.learningRate(), o.rho(), o.epsilon());
            case ADAM -> new Adam(o.learningRate(), o.beta1(), o.beta2(), o.epsilon());
            case SGD -> o.momentum() == 0 ? new Sgd(o.learningRate()) : new Nesterovs(o.learningRate(), o.momentum());
        };
    }
}
