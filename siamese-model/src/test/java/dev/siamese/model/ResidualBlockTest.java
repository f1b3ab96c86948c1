package dev.siamese.model;

import dev.siamese.data.GrayImage;
import dev.siamese.spec.Activation;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Residual blocks: {@code activation(layers(x) + shortcut(x))}, trained through both paths. */
class ResidualBlockTest {
    private static final int SIZE = 16;
    private static final OptimizerSpec SGD = new OptimizerSpec(OptimizerSpec.OptimizerType.SGD, 0.1, 0.9, 1e-7, 0.9,
            0.999, 0);

    private static ModelSpec model(LayerSpec.Residual block) {
        return new ModelSpec(null, List.of(
                new LayerSpec.Conv2d(2, 3, 3, 1, 1, LayerSpec.Padding.SAME, Activation.TANH),
                block, new LayerSpec.Flatten(), new LayerSpec.Dense(4, Activation.LINEAR)), 1.0);
    }

    private static Map<String, INDArray> forward(SiameseNetwork net, List<GrayImage> images) {
        INDArray x = net.input(images);
        return net.graph().feedForward(new INDArray[] {x, x}, false);
    }

    @Test
    void aBlockThatKeepsTheShapeAddsItsInputUnchanged() {
        LayerSpec.Residual block = new LayerSpec.Residual(List.of(
                new LayerSpec.Conv2d(2, 3, 3, 1, 1, LayerSpec.Padding.SAME, Activation.LINEAR)), Activation.RELU);
        SiameseNetwork net = SiameseNetwork.create(model(block), SGD, 1, SIZE, SIZE, DataType.DOUBLE);
        assertFalse(net.graph().getConfiguration().getVertices().containsKey("branch1_residual_shortcut"),
                "identity shortcut: no projection");
        List<GrayImage> images = TestImages.random(3, SIZE, 4);

        Map<String, INDArray> a = forward(net, images);
        INDArray expected = Transforms.relu(a.get("branch1_residual_0_conv2d").add(a.get("branch0_conv2d")), true);
        assertArrayEquals(expected.shape(), a.get("branch1_residual").shape());
        assertTrue(expected.equalsWithEps(a.get("branch1_residual"), 1e-12), "relu(layers(x) + x)");

        // with the block's layers silenced, the block is relu of its input
        net.graph().getLayer("branch1_residual_0_conv2d").params().assign(0);
        Map<String, INDArray> b = forward(net, images);
        assertTrue(Transforms.relu(b.get("branch0_conv2d"), true).equalsWithEps(b.get("branch1_residual"), 1e-12));
    }

    @Test
    void aBlockThatChangesTheShapeProjectsItsInputWithAStrided1x1Convolution() {
        LayerSpec.Residual block = new LayerSpec.Residual(List.of(
                new LayerSpec.Conv2d(4, 3, 3, 2, 2, LayerSpec.Padding.SAME, Activation.RELU),
                new LayerSpec.Conv2d(4, 3, 3, 1, 1, LayerSpec.Padding.SAME, Activation.LINEAR)), Activation.TANH);
        SiameseNetwork net = SiameseNetwork.create(model(block), SGD, 2, SIZE, SIZE, DataType.DOUBLE);
        assertNotNull(net.graph().getLayer("branch1_residual_shortcut"));
        assertEquals(2 * 4 + 4, net.graph().getLayer("branch1_residual_shortcut").numParams(), "1×1: 2 → 4 channels");
        Map<String, INDArray> a = forward(net, TestImages.random(2, SIZE, 5));
        assertArrayEquals(new long[] {4, 4, 8, 8}, a.get("branch1_residual").shape(), "2 pairs stacked, 4×8×8");
        INDArray expected = Transforms.tanh(a.get("branch1_residual_1_conv2d").add(a.get("branch1_residual_shortcut")),
                true);
        assertTrue(expected.equalsWithEps(a.get("branch1_residual"), 1e-12));
    }

    /** The gradient DL4J computes through both paths of the block matches finite differences of the loss. */
    @Test
    void gradientFlowsThroughTheBlockAndItsShortcut() {
        LayerSpec.Residual block = new LayerSpec.Residual(List.of(
                new LayerSpec.Conv2d(3, 3, 3, 2, 2, LayerSpec.Padding.SAME, Activation.TANH),
                new LayerSpec.Conv2d(3, 3, 3, 1, 1, LayerSpec.Padding.SAME, Activation.LINEAR)), Activation.TANH);
        SiameseNetwork net = SiameseNetwork.create(model(block), SGD, 3, SIZE, SIZE, DataType.DOUBLE);
        List<GrayImage> left = TestImages.random(4, SIZE, 6);
        List<GrayImage> right = TestImages.random(4, SIZE, 7);
        MultiDataSet data = new MultiDataSet(new INDArray[] {net.input(left).castTo(DataType.DOUBLE),
                net.input(right).castTo(DataType.DOUBLE)},
                new INDArray[] {ImageTensors.labels(new int[] {1, 0, 1, 0}).castTo(DataType.DOUBLE)});
        net.graph().setInputs(data.getFeatures());
        net.graph().setLabels(data.getLabels());
        net.graph().computeGradientAndScore();
        Map<String, INDArray> gradients = net.graph().gradient().gradientForVariable();
        double h = 1e-6;
        for (String param : List.of("branch1_residual_0_conv2d_W", "branch1_residual_1_conv2d_W",
                "branch1_residual_shortcut_W", "branch1_residual_shortcut_b", "branch0_conv2d_W")) {
            String layer = param.substring(0, param.lastIndexOf('_'));
            INDArray p = net.graph().getLayer(layer).getParam(param.substring(param.lastIndexOf('_') + 1));
            INDArray g = gradients.get(layer + "_" + param.substring(param.lastIndexOf('_') + 1));
            for (long k : new long[] {0, p.length() / 2, p.length() - 1}) {
                double orig = p.getDouble(k);
                p.putScalar(k, orig + h);
                double plus = net.graph().score(data, true);
                p.putScalar(k, orig - h);
                double minus = net.graph().score(data, true);
                p.putScalar(k, orig);
                double numeric = (plus - minus) / (2 * h);
                // DL4J's gradient is of the sum over the batch's 4 pairs (its updater divides), the score their mean
                assertEquals(numeric, g.getDouble(k) / 4, 1e-7 + 1e-4 * Math.abs(numeric), param + "[" + k + "]");
            }
        }
    }
}
