package dev.siamese.model;

import dev.siamese.spec.Activation;
import dev.siamese.spec.AugmentationSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.LossSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.TrainingSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Embeddings of networks trained by finger equal the full feed-forward's, whatever the branch's shape. */
class IdentityEmbeddingsTest {
    private static final int SIZE = 16;

    private static LayerSpec conv() {
        return new LayerSpec.Conv2d(4, 3, 3, 2, 2, LayerSpec.Padding.SAME, Activation.RELU);
    }

    static Stream<Arguments> branches() {
        return Stream.of(
                Arguments.of("dense on the input", List.of(new LayerSpec.Flatten(), new LayerSpec.Dense(8, Activation.LINEAR))),
                Arguments.of("two dense", List.of(new LayerSpec.Flatten(), new LayerSpec.Dense(8, Activation.RELU),
                        new LayerSpec.Dense(6, Activation.LINEAR))),
                Arguments.of("conv on the input, flattened", List.of(conv(), new LayerSpec.Flatten())),
                Arguments.of("conv, flatten, dense", List.of(conv(), new LayerSpec.Flatten(),
                        new LayerSpec.Dense(8, Activation.LINEAR))),
                Arguments.of("conv, BatchNorm, ReLU, pooling, dense", List.of(
                        new LayerSpec.Conv2d(4, 3, 3, 2, 2, LayerSpec.Padding.SAME, Activation.LINEAR),
                        new LayerSpec.BatchNorm(0.9, 1e-3), new LayerSpec.ActivationLayer(Activation.RELU),
                        new LayerSpec.GlobalAvgPool(), new LayerSpec.Dense(8, Activation.LINEAR))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("branches")
    void equalTheFullFeedForward(String name, List<LayerSpec> branch) {
        for (LossSpec loss : List.of(new LossSpec.MarginSoftmax(LossSpec.Kind.COSFACE, 16, 0.2),
                new LossSpec.Triplet(0.3, LossSpec.Mining.SEMI_HARD))) {
            ModelSpec model = new ModelSpec(ModelSpec.ModelType.SIAMESE, null, branch, 1.0, Double.NaN,
                    ModelSpec.WeightInit.GLOROT_UNIFORM, loss);
            TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 1, 8,
                    null, 0, null, AugmentationSpec.NONE, 1);
            SiameseNetwork net = SiameseNetwork.create(model, training, 3, SIZE, SIZE, 3, DataType.FLOAT);
            INDArray input = net.input(TestImages.random(5, SIZE, 2));
            INDArray everyLayer = net.graph().feedForward(new INDArray[] {input}, false)
                    .get(net.metadata().embeddingVertex());
            for (int call = 0; call < 2; call++) {
                assertArrayEquals(everyLayer.dup().data().asFloat(), net.embeddings(input).dup().data().asFloat(), 0f,
                        name + ", " + loss + ", call " + call);
            }
        }
    }
}
