package dev.siamese.model;

import dev.siamese.data.GrayImage;
import dev.siamese.engine.BackendInfo;
import dev.siamese.engine.LayerHelpers;
import dev.siamese.spec.BranchPresets;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import org.deeplearning4j.nn.api.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With the oneDNN native build loaded, conv and pooling must run on oneDNN and batch norm on our Java helper, never
 * on DL4J's fallback.
 */
class OneDnnHelpersTest {
    @Test
    void convPoolingAndBatchNormUseOneDnnAndNeverFallBack() {
        BackendInfo backend = NetworkProcess.initialise();
        assumeTrue(backend.oneDnnBuild(), "the loaded native build has no oneDNN: " + backend.describe());
        assertTrue(backend.oneDnnHelpers(), "oneDNN build loaded but DL4J's helper check fails: " + backend.describe());

        ModelSpec conv = new ModelSpec("conv", BranchPresets.get("conv").orElseThrow(), 1.0);
        SiameseNetwork net = SiameseNetwork.create(conv, OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP),
                1, 32, 32);
        Map<String, String> helpers = LayerHelpers.attached(net.graph());
        assertEquals("MKLDNNConvHelper", helpers.get("branch0_conv2d"), helpers.toString());
        assertEquals("MKLDNNConvHelper", helpers.get("branch2_conv2d"), helpers.toString());
        assertEquals("MKLDNNSubsamplingHelper", helpers.get("branch1_avgpool"), helpers.toString());
        assertEquals("JavaBatchNormHelper", helpers.get("branch4_batchnorm"), helpers.toString());

        List<GrayImage> left = TestImages.random(4, 32, 1);
        List<GrayImage> right = TestImages.random(4, 32, 2);
        net.fit(PairBatch.of(net.input(left), net.input(right), ImageTensors.labels(new int[]{1, 0, 1, 0})));
        BatchedDistances.of(net, left, right);
        for (Layer layer : net.graph().getLayers()) {
            assertEquals(0, LayerHelpers.fallbacks(layer), layer.conf().getLayer().getLayerName() + " fell back");
        }
        assertEquals(helpers, LayerHelpers.attached(net.graph()), "helpers dropped during training");
    }
}
