package dev.siamese.engine;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
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

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaBatchNormalizationTest {
    private static final INDArray X;
    private static final INDArray Y;
    /** Large enough (16 × 5 channels of 38 × 38 after the conv) for the kernels to share the channels between threads. */
    private static final INDArray X_LARGE;
    private static final INDArray Y_LARGE;

    static {
        Backends.initialise();
        Nd4j.getRandom().setSeed(5);
        // not centred, not unit: the statistics have something to do
        X = Nd4j.rand(DataType.FLOAT, 8, 2, 11, 11).muli(3).addi(1);
        Y = Nd4j.rand(DataType.FLOAT, 8, 3);
        X_LARGE = Nd4j.rand(DataType.FLOAT, 16, 2, 40, 40).muli(3).addi(1);
        Y_LARGE = Nd4j.rand(DataType.FLOAT, 16, 3);
    }

    @BeforeAll
    static void backend() {
        Backends.initialise();
    }

    /** conv → BatchNorm (NCHW, 5 channels of 9×9) → ReLU → dense → BatchNorm (rank 2, 7 features) → output. */
    private static ComputationGraph graph(UnaryOperator<BatchNormalization> bn) {
        return graph(bn, X);
    }

    private static ComputationGraph graph(UnaryOperator<BatchNormalization> bn, INDArray x) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).updater(new Sgd(0.1))
                .graphBuilder().addInputs("in")
                .addLayer("c1", new ConvolutionLayer.Builder(3, 3).nOut(5).activation(Activation.IDENTITY).build(), "in")
                .addLayer("bn1", bn.apply(new BatchNormalization.Builder().decay(0.9).eps(1e-3).build()), "c1")
                .addLayer("relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), "bn1")
                .addLayer("d", new DenseLayer.Builder().nOut(7).activation(Activation.IDENTITY).build(), "relu")
                .addLayer("bn2", bn.apply(new BatchNormalization.Builder().decay(0.9).eps(1e-3).build()), "d")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(3)
                        .activation(Activation.IDENTITY).build(), "bn2")
                .setOutputs("out").setInputTypes(InputType.convolutional(x.size(2), x.size(3), 2)).build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        return g;
    }

    /** DL4J's own arithmetic, no helper at all. */
    private static ComputationGraph dl4jWithoutHelper() {
        return dl4jWithoutHelper(X);
    }

    private static ComputationGraph dl4jWithoutHelper(INDArray x) {
        ComputationGraph g = graph(b -> b, x);
        LayerHelpers.replace(g.getLayer("bn1"), null);
        LayerHelpers.replace(g.getLayer("bn2"), null);
        return g;
    }

    private static INDArray gradient(ComputationGraph g) {
        return gradient(g, X, Y);
    }

    private static INDArray gradient(ComputationGraph g, INDArray x, INDArray y) {
        g.setInputs(x);
        g.setLabels(y);
        g.computeGradientAndScore();
        return g.gradient().gradient().dup();
    }

    private static INDArray trained(ComputationGraph g, int steps) {
        for (int i = 0; i < steps; i++) {
            g.fit(new INDArray[]{X}, new INDArray[]{Y});
        }
        return g.params().dup();
    }

    private static double maxRelativeDifference(INDArray a, INDArray b) {
        double scale = Math.max(a.amaxNumber().doubleValue(), b.amaxNumber().doubleValue());
        return a.sub(b).amaxNumber().doubleValue() / scale;
    }

    @Test
    void runsTheJavaHelperOnEveryBatchNormLayerOfTheCpuBackend() {
        ComputationGraph g = graph(JavaBatchNormalization::of);
        assertEquals("JavaBatchNormHelper", LayerHelpers.attached(g).get("bn1"));
        assertEquals("JavaBatchNormHelper", LayerHelpers.attached(g).get("bn2"));
    }

    @Test
    void givesDl4jsGradientsAndRunningStatisticsUpdates() {
        ComputationGraph ours = graph(JavaBatchNormalization::of);
        ComputationGraph theirs = dl4jWithoutHelper();
        // the same initial parameters (same seed), so the same gradient up to float rounding; the flattened
        // gradient also holds each layer's running mean and variance update
        INDArray g = gradient(ours);
        assertTrue(g.amaxNumber().doubleValue() > 1e-3);
        assertTrue(maxRelativeDifference(g, gradient(theirs)) < 1e-5, () -> "gradients differ by "
                + maxRelativeDifference(g, gradient(theirs)));
        assertEquals(0, LayerHelpers.fallbacks(ours.getLayer("bn1")));
        assertEquals(0, LayerHelpers.fallbacks(ours.getLayer("bn2")));
    }

    @Test
    void givesDl4jsGradientsWhenTheChannelsAreSharedBetweenThreads() {
        ComputationGraph ours = graph(JavaBatchNormalization::of, X_LARGE);
        INDArray g = gradient(ours, X_LARGE, Y_LARGE);
        INDArray expected = gradient(dl4jWithoutHelper(X_LARGE), X_LARGE, Y_LARGE);
        assertTrue(g.amaxNumber().doubleValue() > 1e-3);
        assertTrue(maxRelativeDifference(g, expected) < 1e-5, () -> "gradients differ by "
                + maxRelativeDifference(g, expected));
        assertEquals(0, LayerHelpers.fallbacks(ours.getLayer("bn1")));
        INDArray again = gradient(graph(JavaBatchNormalization::of, X_LARGE), X_LARGE, Y_LARGE);
        assertEquals(0.0, g.sub(again).amaxNumber().doubleValue(), 0.0);
    }

    @Test
    void trainsAsDl4jDoesAndInfersWithTheRunningStatistics() {
        ComputationGraph ours = graph(JavaBatchNormalization::of);
        ComputationGraph theirs = dl4jWithoutHelper();
        INDArray oursParams = trained(ours, 5);
        INDArray theirsParams = trained(theirs, 5);
        assertTrue(maxRelativeDifference(oursParams, theirsParams) < 1e-5);
        INDArray oursOut = ours.outputSingle(false, X);
        INDArray theirsOut = theirs.outputSingle(false, X);
        assertTrue(maxRelativeDifference(oursOut, theirsOut) < 1e-5, () -> "inference differs by "
                + maxRelativeDifference(oursOut, theirsOut));
    }

    @Test
    void trainsBitForBitTheSameTwice() {
        assertEquals(0.0, trained(graph(JavaBatchNormalization::of), 3)
                .sub(trained(graph(JavaBatchNormalization::of), 3)).amaxNumber().doubleValue(), 0.0);
    }

    @Test
    void survivesTheGraphJsonRoundTrip() {
        ComputationGraph g = graph(JavaBatchNormalization::of);
        ComputationGraphConfiguration back = ComputationGraphConfiguration.fromJson(g.getConfiguration().toJson());
        assertEquals(g.getConfiguration(), back);
        ComputationGraph reloaded = new ComputationGraph(back);
        reloaded.init();
        assertEquals("JavaBatchNormHelper", LayerHelpers.attached(reloaded).get("bn1"));
        assertEquals(0.9, ((BatchNormalization) reloaded.getLayer("bn1").conf().getLayer()).getDecay());
    }
}
