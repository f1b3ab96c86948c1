package dev.siamese.engine;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeptPreActivationConvolutionTest {
    @BeforeAll
    static void backend() {
        Backends.initialise();
    }

    private static ComputationGraph graph(UnaryOperator<ConvolutionLayer> conv) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).updater(new Adam(1e-3))
                .graphBuilder().addInputs("in")
                .addLayer("c1", conv.apply(new ConvolutionLayer.Builder(3, 3).nOut(4)
                        .activation(new OneDnnTanh()).build()), "in")
                .addLayer("c2", conv.apply(new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(6)
                        .activation(Activation.IDENTITY).build()), "c1")
                .addLayer("bn", new BatchNormalization.Builder().build(), "c2")
                .addLayer("relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), "bn")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
                        .activation(Activation.IDENTITY).build(), "relu")
                .setOutputs("out").setInputTypes(InputType.convolutional(12, 12, 1)).build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        return g;
    }

    /** Four steps on six examples of {@code channels} × {@code size} × {@code size}; the parameters after them. */
    private static INDArray trainedParams(ComputationGraph g, int channels, int size) {
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.rand(DataType.FLOAT, 6, channels, size, size).subi(0.5);
        INDArray y = Nd4j.rand(DataType.FLOAT, 6, 2);
        Nd4j.getRandom().setSeed(13); // dropout masks, where there is dropout
        for (int i = 0; i < 4; i++) {
            g.fit(new INDArray[]{x}, new INDArray[]{y});
        }
        return g.params().dup();
    }

    /**
     * Asserts that two trainings ended at the same parameters up to rounding: on the CPU backend ours run on
     * oneDNN 2.5's primitives, DL4J's on libnd4j's oneDNN 2.3, whose kernels may sum in another order.
     */
    private static void assertSameUpToRounding(INDArray theirs, INDArray ours) {
        ArrayAssertions.assertCloseToScale(theirs, ours, "parameters");
    }

    /** Asserts that {@code layer} ran on oneDNN's own primitives, where they load. */
    private static void assertDirect(ComputationGraph g, String layer, long passes) {
        if (OneDnn.runtime().isPresent()) {
            assertEquals(passes, ((KeptPreActivationConvolutionLayer) g.getLayer(layer)).directPasses(), layer);
        }
    }

    @Test
    void trainsAsDl4jsConvolutionUpToRoundingAndTheSameBitForBitAgain() {
        INDArray theirs = trainedParams(graph(c -> c), 1, 12);
        ComputationGraph oursGraph = graph(KeptPreActivationConvolution::of);
        INDArray ours = trainedParams(oursGraph, 1, 12);
        assertSameUpToRounding(theirs, ours);
        assertEquals(ours, trainedParams(graph(KeptPreActivationConvolution::of), 1, 12));
        assertEquals(0.0, ours.sub(trainedParams(graph(KeptPreActivationConvolution::of), 1, 12))
                .amaxNumber().doubleValue(), 0.0);
        assertEquals(4, ((KeptPreActivationConvolutionLayer) oursGraph.getLayer("c1")).reused()); // one per step
        assertEquals(4, ((KeptPreActivationConvolutionLayer) oursGraph.getLayer("c2")).reused());
        assertDirect(oursGraph, "c1", 4);
        assertDirect(oursGraph, "c2", 0); // 10 rows, 3x3, stride 2: a truncated last window, left to libnd4j
    }

    /** ReLU conv → max pool → ReLU conv → inverted dropout (in place on the conv's output) → output. */
    private static ComputationGraph reluGraph(UnaryOperator<ConvolutionLayer> conv) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).updater(new Adam(1e-2))
                .graphBuilder().addInputs("in")
                .addLayer("c1", conv.apply(new ConvolutionLayer.Builder(3, 3).nOut(4).activation(new InPlaceBackpropReLU()).build()),
                        "in")
                .addLayer("pool", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "c1")
                .addLayer("c2", conv.apply(new ConvolutionLayer.Builder(3, 3).nOut(6).activation(new InPlaceBackpropReLU()).build()),
                        "pool")
                .addLayer("drop", new DropoutLayer.Builder(0.6).build(), "c2")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
                        .activation(Activation.IDENTITY).build(), "drop")
                .setOutputs("out").setInputTypes(InputType.convolutional(14, 14, 2)).build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        return g;
    }

    @Test
    void aReluLayerTakingItsOwnOutputTrainsAsDl4jsConvolution() {
        INDArray theirs = trainedParams(reluGraph(c -> c), 2, 14);
        ComputationGraph oursGraph = reluGraph(c -> {
            KeptPreActivationConvolution ours = KeptPreActivationConvolution.of(c);
            ours.setReluOutputKept(true);
            return ours;
        });
        INDArray ours = trainedParams(oursGraph, 2, 14);
        assertNotEquals(0.0, theirs.sub(reluGraph(c -> c).params()).amaxNumber().doubleValue()); // training moved them
        assertSameUpToRounding(theirs, ours);
        assertDirect(oursGraph, "c1", 4);
        assertDirect(oursGraph, "c2", 4);
        for (String layer : new String[]{"c1", "c2"}) {
            KeptPreActivationConvolutionLayer l = (KeptPreActivationConvolutionLayer) oursGraph.getLayer(layer);
            assertEquals(4, l.reused(), layer);
            assertEquals(4, l.uncopied(), layer); // no copy taken
        }
        ComputationGraphConfiguration back = ComputationGraphConfiguration.fromJson(
                oursGraph.getConfiguration().toJson());
        LayerVertex c2 = (LayerVertex) back.getVertices().get("c2");
        assertTrue(((KeptPreActivationConvolution) c2.getLayerConf().getLayer()).isReluOutputKept());
    }

    /** A first layer of {@code channels} input channels, 5×5 at {@code stride} in {@code mode} (else padding 1, 2), ReLU. */
    private static ComputationGraph firstLayerGraph(int channels, int[] stride, ConvolutionMode mode,
            boolean inputGradient) {
        ConvolutionLayer.Builder builder = new ConvolutionLayer.Builder(5, 5).stride(stride).nOut(6)
                .convolutionMode(mode).activation(Activation.RELU);
        if (mode != ConvolutionMode.Same) {
            builder.padding(1, 2);
        }
        ConvolutionLayer first = builder.build();
        if (!inputGradient) {
            KeptPreActivationConvolution ours = KeptPreActivationConvolution.of(first);
            ours.leaveOutInputGradient();
            first = ours;
        }
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).updater(new Sgd(0.1))
                .graphBuilder().addInputs("in")
                .addLayer("c1", first, "in")
                .addLayer("c2", new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.TANH).build(), "c1")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
                        .activation(Activation.IDENTITY).build(), "c2")
                .setOutputs("out").setInputTypes(InputType.convolutional(17, 16, channels)).build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        return g;
    }

    private static INDArray gradient(ComputationGraph g, int channels) {
        Nd4j.getRandom().setSeed(9);
        g.setInputs(Nd4j.rand(DataType.FLOAT, 5, channels, 17, 16).subi(0.3));
        g.setLabels(Nd4j.rand(DataType.FLOAT, 5, 2));
        g.computeGradientAndScore();
        return g.gradient().gradient().dup();
    }

    @Test
    void aFirstLayerWithoutInputGradientHasDl4jsWeightAndBiasGradients() {
        for (int channels : new int[]{1, 3}) {
            for (ConvolutionMode mode : new ConvolutionMode[]{ConvolutionMode.Same, ConvolutionMode.Truncate}) {
                for (int[] stride : new int[][]{{1, 1}, {2, 2}, {1, 3}, {3, 2}}) {
                    String what = channels + " channels, " + mode + ", stride " + Arrays.toString(stride);
                    ComputationGraph ours = firstLayerGraph(channels, stride, mode, false);
                    INDArray expected = gradient(firstLayerGraph(channels, stride, mode, true), channels);
                    INDArray actual = gradient(ours, channels);
                    double difference = expected.sub(actual).amaxNumber().doubleValue()
                            / expected.amaxNumber().doubleValue();
                    assertTrue(difference < 1e-5, what + ": differs by " + difference);
                    assertEquals(1, ((KeptPreActivationConvolutionLayer) ours.getLayer("c1")).inputGradientsSkipped(),
                            what);
                }
            }
        }
    }

    @Test
    void survivesTheGraphJsonRoundTrip() {
        ComputationGraph g = graph(KeptPreActivationConvolution::of);
        ComputationGraphConfiguration back = ComputationGraphConfiguration.fromJson(g.getConfiguration().toJson());
        assertEquals(g.getConfiguration(), back);
        ComputationGraph reloaded = new ComputationGraph(back);
        reloaded.init();
        assertInstanceOf(KeptPreActivationConvolutionLayer.class, reloaded.getLayer("c2"));
        assertEquals(2, ((ConvolutionLayer) reloaded.getLayer("c2").conf().getLayer()).getStride()[0]);
    }
}
