package dev.siamese.model;

import dev.siamese.engine.GraphParts;
import dev.siamese.engine.JavaBatchNormalization;
import dev.siamese.engine.KeptPreActivationConvolution;
import dev.siamese.spec.BranchPresets;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.siamese.spec.Activation.RELU;
import static dev.siamese.spec.Activation.SIGMOID;
import static dev.siamese.spec.Activation.TANH;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the factory puts the engine's layers together from a branch spec. */
class SiameseGraphFactoryTest {
    @Test
    void fusesEachNormalisationThatAReluFollowsAndKeepsTheOtherNames() {
        var branch = BranchPresets.get("fingerprint").orElseThrow();
        SiameseNetwork net = SiameseNetwork.create(new ModelSpec("fp", branch, 1.0),
                OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 1, 32, 32);
        ComputationGraph g = net.graph();
        for (int stage = 0; stage < 6; stage++) {
            assertTrue(GraphParts.reluInside(g.getLayer("branch" + (3 * stage + 1) + "_batchnorm").conf().getLayer()));
            assertFalse(g.getConfiguration().getVertices().containsKey("branch" + (3 * stage + 2) + "_activation"));
            assertTrue(g.getConfiguration().getVertices().containsKey("branch" + (3 * stage) + "_conv2d"));
        }
        // the embedding's normalisation has no ReLU after it
        long last = branch.stream().filter(l -> !(l instanceof LayerSpec.Flatten)).count() - 1;
        assertFalse(((JavaBatchNormalization) g.getLayer("branch" + last + "_batchnorm").conf().getLayer()).isRelu());
    }

    @Test
    void letsAReluConvolutionKeepItsOutputOnlyWhereNoLaterLayerChangesIt() {
        var relu = RELU;
        List<LayerSpec> branch = List.of(
                new LayerSpec.Conv2d(4, 3, 3, 1, 1, LayerSpec.Padding.SAME, relu),
                new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Conv2d(4, 3, 3, 1, 1, LayerSpec.Padding.SAME, relu),
                new LayerSpec.ActivationLayer(SIGMOID), // sigmoid(0) > 0: not kept
                new LayerSpec.Conv2d(4, 3, 3, 1, 1, LayerSpec.Padding.SAME, relu),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(8, TANH));
        ComputationGraph g = SiameseNetwork.create(new ModelSpec("relu", branch, 1.0),
                OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 1, 16, 16).graph();
        assertTrue(keepsOutput(g, "branch0_conv2d"));
        assertFalse(keepsOutput(g, "branch2_conv2d"));
        assertTrue(keepsOutput(g, "branch4_conv2d"));
    }

    private static boolean keepsOutput(ComputationGraph g, String layer) {
        return ((KeptPreActivationConvolution) g.getLayer(layer).conf().getLayer()).isReluOutputKept();
    }
}
