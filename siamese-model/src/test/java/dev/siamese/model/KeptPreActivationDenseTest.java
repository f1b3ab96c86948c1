package dev.siamese.model;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeptPreActivationDenseTest {
    @BeforeAll
    static void backend() {
        Backends.initialise();
    }

    private static DenseLayer first(DenseLayer built) {
        KeptPreActivationDense d = KeptPreActivationDense.of(built);
        d.setInputGradient(false);
        return d;
    }

    private static ComputationGraph graph(UnaryOperator<DenseLayer> dense) {
        return graph(dense, dense);
    }

    private static ComputationGraph graph(UnaryOperator<DenseLayer> firstDense, UnaryOperator<DenseLayer> dense) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).updater(new RmsProp(1e-3))
                .graphBuilder().addInputs("in")
                .addLayer("d1", firstDense.apply(new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build()), "in")
                .addLayer("drop", new DropoutLayer.Builder(0.7).build(), "d1")
                .addLayer("d2", dense.apply(new DenseLayer.Builder().nOut(8).activation(new OneDnnTanh()).build()), "drop")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
                        .activation(Activation.IDENTITY).build(), "d2")
                .setOutputs("out").setInputTypes(InputType.feedForward(40)).build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        return g;
    }

    private static INDArray trainedParams(ComputationGraph g) {
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.rand(DataType.FLOAT, 12, 40);
        INDArray y = Nd4j.rand(DataType.FLOAT, 12, 2);
        Nd4j.getRandom().setSeed(9); // dropout masks
        for (int i = 0; i < 5; i++) {
            g.fit(new INDArray[]{x}, new INDArray[]{y});
        }
        return g.params().dup();
    }

    @Test
    void trainsToTheSameParametersBitForBitAsDl4jsDenseLayer() {
        INDArray theirs = trainedParams(graph(d -> d));
        ComputationGraph oursGraph = graph(KeptPreActivationDense::of);
        assertInstanceOf(KeptPreActivationDenseLayer.class, oursGraph.getLayer("d1"));
        INDArray ours = trainedParams(oursGraph);
        assertNotEquals(graph(d -> d).params(), theirs); // training moved them
        assertEquals(theirs, ours);
        assertEquals(0.0, theirs.sub(ours).amaxNumber().doubleValue(), 0.0);
        assertEquals(5, ((KeptPreActivationDenseLayer) oursGraph.getLayer("d1")).reused()); // one per step
        assertEquals(5, ((KeptPreActivationDenseLayer) oursGraph.getLayer("d2")).reused());
    }

    @Test
    void withoutTheInputGradientTheFirstLayerStillTrainsBitForBitAsDl4jsDenseLayer() {
        INDArray theirs = trainedParams(graph(d -> d));
        ComputationGraph oursGraph = graph(KeptPreActivationDenseTest::first, KeptPreActivationDense::of);
        INDArray ours = trainedParams(oursGraph);
        assertEquals(theirs, ours);
        assertEquals(0.0, theirs.sub(ours).amaxNumber().doubleValue(), 0.0);
        assertEquals(5, ((KeptPreActivationDenseLayer) oursGraph.getLayer("d1")).reused());
        assertEquals(5, ((KeptPreActivationDenseLayer) oursGraph.getLayer("d1")).inputGradientsSkipped());
        assertEquals(0, ((KeptPreActivationDenseLayer) oursGraph.getLayer("d2")).inputGradientsSkipped());
    }

    @Test
    void infersThroughTheMatmulOpAsDl4jsDenseLayerDoesUpToRounding() {
        ComputationGraph theirs = graph(d -> d);
        ComputationGraph ours = graph(KeptPreActivationDense::of);
        trainedParams(theirs);
        trainedParams(ours); // the same parameters, bit for bit (above)
        Nd4j.getRandom().setSeed(11);
        INDArray both = Nd4j.rand(DataType.FLOAT, 2 * 9, 40).subi(0.5);
        for (INDArray x : new INDArray[]{both, both.get(NDArrayIndex.interval(9, 18), NDArrayIndex.all())}) {
            INDArray expected = theirs.outputSingle(false, x);
            INDArray actual = ours.outputSingle(false, x);
            double scale = expected.amaxNumber().doubleValue();
            assertTrue(scale > 1e-3);
            assertTrue(expected.sub(actual).amaxNumber().doubleValue() <= 1e-5 * scale,
                    () -> "inference differs: " + expected + " against " + actual);
            assertEquals(actual, ours.outputSingle(false, x)); // the same again
        }
        assertEquals(4, ((KeptPreActivationDenseLayer) ours.getLayer("d1")).inferenceProducts()); // rows, then the view
        assertEquals(4, ((KeptPreActivationDenseLayer) ours.getLayer("d2")).inferenceProducts());
    }

    @Test
    void theSettingSurvivesTheGraphJson() {
        ComputationGraph g = graph(KeptPreActivationDenseTest::first, KeptPreActivationDense::of);
        ComputationGraphConfiguration back = ComputationGraphConfiguration.fromJson(g.getConfiguration().toJson());
        ComputationGraph reloaded = new ComputationGraph(back);
        reloaded.init();
        assertEquals(false, ((KeptPreActivationDense) reloaded.getLayer("d1").conf().getLayer()).isInputGradient());
        assertEquals(true, ((KeptPreActivationDense) reloaded.getLayer("d2").conf().getLayer()).isInputGradient());
    }

    @Test
    void keepsEverySettingAndSurvivesTheGraphJsonRoundTrip() {
        ComputationGraph g = graph(KeptPreActivationDense::of);
        ComputationGraphConfiguration back = ComputationGraphConfiguration.fromJson(g.getConfiguration().toJson());
        assertEquals(g.getConfiguration(), back);
        ComputationGraph reloaded = new ComputationGraph(back);
        reloaded.init();
        assertInstanceOf(KeptPreActivationDenseLayer.class, reloaded.getLayer("d2"));
        assertInstanceOf(OneDnnTanh.class, ((DenseLayer) reloaded.getLayer("d2").conf().getLayer()).getActivationFn());
        assertEquals(16, ((DenseLayer) reloaded.getLayer("d1").conf().getLayer()).getNOut());
    }
}
