package dev.siamese.model;

import dev.siamese.spec.Activation;
import dev.siamese.spec.AugmentationSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.LossSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.TrainingSpec;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class FlatGradientListenerTest {
    private static final int IDENTITIES = 3;
    private static final int SIZE = 16;

    /** conv → BatchNorm → ReLU → dense over CosFace classes, Adam with weight decay: every updater path. */
    private static SiameseNetwork network() {
        List<LayerSpec> branch = List.of(
                new LayerSpec.Conv2d(4, 3, 3, 2, 2, LayerSpec.Padding.SAME, Activation.LINEAR),
                new LayerSpec.BatchNorm(0.9, 1e-3),
                new LayerSpec.ActivationLayer(Activation.RELU),
                new LayerSpec.Dense(8, Activation.LINEAR));
        ModelSpec model = new ModelSpec(ModelSpec.ModelType.SIAMESE, null, branch, 1.0, Double.NaN,
                ModelSpec.WeightInit.GLOROT_UNIFORM, new LossSpec.MarginSoftmax(LossSpec.Kind.COSFACE, 16, 0.2));
        TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 1, 8, null,
                1e-2, null, AugmentationSpec.NONE, 1);
        return SiameseNetwork.create(model, training, 5, SIZE, SIZE, IDENTITIES, DataType.FLOAT);
    }

    private static IdentityBatch batch(SiameseNetwork net) {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, IDENTITIES);
        for (int i = 0; i < 8; i++) {
            labels.putScalar(i, i % IDENTITIES, 1f);
        }
        return new IdentityBatch(net.input(TestImages.random(8, SIZE, 1)), labels);
    }

    private static float[] floats(INDArray a) {
        return a.dup().data().asFloat();
    }

    @Test
    void theUpdaterTakesItsStandardPathAndTrainsBitForBitAsOnTheExternalOne() {
        SiameseNetwork standard = network();
        SiameseNetwork external = network();
        external.graph().setListeners(List.of()); // DL4J M2.1 as it is: every gradient looks external
        float[] initial = floats(standard.graph().params());
        IdentityBatch batch = batch(standard);
        for (int step = 0; step < 4; step++) {
            standard.fit(batch);
            external.fit(batch);
        }
        ComputationGraph s = standard.graph();
        ComputationGraph e = external.graph();
        assertSame(s.getFlattenedGradients(), s.gradient().gradient(),
                "DL4J's test for the standard path: gradient() is the network's gradient view");
        assertNotSame(e.getFlattenedGradients(), e.gradient().gradient());
        assertArrayEquals(floats(e.params()), floats(s.params()), 0f, "parameters");
        assertArrayEquals(floats(e.getUpdater().getStateViewArray()), floats(s.getUpdater().getStateViewArray()), 0f,
                "Adam's state");
        assertFalse(Arrays.equals(initial, floats(s.params())), "the steps trained");
    }
}
