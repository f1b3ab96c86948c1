package dev.siamese.engine;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchNormReluTest {
    private static final INDArray X;
    private static final INDArray Y;

    static {
        Backends.initialise();
        Nd4j.getRandom().setSeed(7);
        X = Nd4j.rand(DataType.FLOAT, 8, 2, 11, 11).muli(3).subi(1);
        Y = Nd4j.rand(DataType.FLOAT, 8, 3);
    }

    @BeforeAll
    static void backend() {
        Backends.initialise();
    }

    private static BatchNormalization bn() {
        return new BatchNormalization.Builder().decay(0.9).eps(1e-3).build();
    }

    /** conv → BatchNorm (+ ReLU) → dense → BatchNorm (+ ReLU) → output; the ReLUs fused or as layers of their own. */
    private static ComputationGraph graph(boolean fused) {
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder().seed(3)
                .updater(new Sgd(0.1)).graphBuilder().addInputs("in")
                .addLayer("c", new ConvolutionLayer.Builder(3, 3).nOut(5).activation(Activation.IDENTITY).build(), "in");
        String last = "c";
        for (String stage : new String[] {"1", "2"}) {
            if (stage.equals("2")) {
                g.addLayer("d", new DenseLayer.Builder().nOut(7).activation(Activation.IDENTITY).build(), last);
                last = "d";
            }
            if (fused) {
                g.addLayer("bn" + stage, JavaBatchNormalization.withRelu(bn()), last);
                last = "bn" + stage;
            } else {
                g.addLayer("bn" + stage, JavaBatchNormalization.of(bn()), last);
                g.addLayer("relu" + stage, new ActivationLayer.Builder().activation(new InPlaceBackpropReLU()).build(),
                        "bn" + stage);
                last = "relu" + stage;
            }
        }
        ComputationGraph net = new ComputationGraph(g.addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                        .nOut(3).activation(Activation.IDENTITY).build(), last)
                .setOutputs("out").setInputTypes(InputType.convolutional(11, 11, 2)).build());
        net.init();
        return net;
    }

    private static ComputationGraph withoutHelpers(ComputationGraph g) {
        LayerHelpers.replace(g.getLayer("bn1"), null);
        LayerHelpers.replace(g.getLayer("bn2"), null);
        return g;
    }

    private static INDArray trained(ComputationGraph g, int steps) {
        for (int i = 0; i < steps; i++) {
            g.fit(new INDArray[] {X}, new INDArray[] {Y});
        }
        return g.params().dup();
    }

    @Test
    void trainsAndInfersBitForBitAsANormalisationFollowedByAReluLayer() {
        ComputationGraph fused = graph(true);
        ComputationGraph separate = graph(false);
        assertInstanceOf(BatchNormReluLayer.class, fused.getLayer("bn1"));
        assertEquals("JavaBatchNormHelper", LayerHelpers.attached(fused).get("bn1"));
        INDArray before = fused.params().dup();
        assertEquals(separate.params(), before, "same initial parameters");
        INDArray fusedParams = trained(fused, 4);
        assertFalse(before.equals(fusedParams), "training moved the parameters");
        assertEquals(trained(separate, 4), fusedParams);
        assertEquals(separate.outputSingle(false, X), fused.outputSingle(false, X));
        assertEquals(0, LayerHelpers.fallbacks(fused.getLayer("bn1")));
    }

    @Test
    void appliesTheReluItselfWhereDl4jNormalises() {
        ComputationGraph fused = withoutHelpers(graph(true));
        ComputationGraph separate = withoutHelpers(graph(false));
        assertEquals(trained(separate, 3), trained(fused, 3));
        INDArray out = fused.feedForward(X, false).get("bn1");
        assertTrue(out.minNumber().doubleValue() >= 0, "relu(y)");
        assertTrue(out.maxNumber().doubleValue() > 0);
    }

    @Test
    void survivesTheGraphJsonRoundTrip() {
        ComputationGraph g = graph(true);
        ComputationGraphConfiguration back = ComputationGraphConfiguration.fromJson(g.getConfiguration().toJson());
        assertEquals(g.getConfiguration(), back);
        assertTrue(((JavaBatchNormalization) ((LayerVertex) back.getVertices().get("bn1")).getLayerConf().getLayer())
                .isRelu());
        ComputationGraph reloaded = new ComputationGraph(back);
        reloaded.init();
        assertInstanceOf(BatchNormReluLayer.class, reloaded.getLayer("bn2"));
        assertFalse(graph(false).getConfiguration().equals(g.getConfiguration()));
    }
}
