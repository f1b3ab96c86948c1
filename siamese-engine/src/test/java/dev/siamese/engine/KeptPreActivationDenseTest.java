package dev.siamese.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

import java.util.Map;
import java.util.TreeMap;
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
        d.leaveOutInputGradient();
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
                .addLayer("d2", dense.apply(new DenseLayer.Builder().nOut(8).dropOut(0.8)
                        .activation(new OneDnnTanh()).build()), "drop")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
                        .activation(Activation.IDENTITY).build(), "d2")
                .setOutputs("out").setInputTypes(InputType.feedForward(40)).build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        return g;
    }

    /** {@code to} with the parameters of {@code from}, copied by name and index, whatever their layout. */
    private static ComputationGraph withParamsOf(ComputationGraph from, ComputationGraph to) {
        from.paramTable().forEach((name, value) -> to.getParam(name).assign(value));
        return to;
    }

    /** Each parameter after 5 steps on fixed data, by name, in rows (so that layouts compare). */
    private static Map<String, INDArray> trainedParams(ComputationGraph g) {
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.rand(DataType.FLOAT, 12, 40);
        INDArray y = Nd4j.rand(DataType.FLOAT, 12, 2);
        Nd4j.getRandom().setSeed(9); // dropout masks
        for (int i = 0; i < 5; i++) {
            g.fit(new INDArray[]{x}, new INDArray[]{y});
        }
        Map<String, INDArray> params = new TreeMap<>();
        g.paramTable().forEach((name, value) -> params.put(name, value.dup('c')));
        return params;
    }

    /** Asserts that two trainings ended at the same parameters up to the products' rounding. */
    private static void assertSameUpToRounding(Map<String, INDArray> theirs, Map<String, INDArray> ours) {
        assertEquals(theirs.keySet(), ours.keySet());
        theirs.forEach((name, expected) -> ArrayAssertions.assertCloseToScale(expected, ours.get(name), name));
    }

    @Test
    void trainsAsDl4jsDenseLayerUpToRoundingAndTheSameBitForBitAgain() {
        ComputationGraph theirsGraph = graph(d -> d);
        ComputationGraph oursGraph = withParamsOf(theirsGraph, graph(KeptPreActivationDense::of));
        assertInstanceOf(KeptPreActivationDenseLayer.class, oursGraph.getLayer("d1"));
        Map<String, INDArray> theirs = trainedParams(theirsGraph);
        Map<String, INDArray> ours = trainedParams(oursGraph);
        assertNotEquals(graph(d -> d).getParam("d1_W"), theirs.get("d1_W")); // training moved them
        assertSameUpToRounding(theirs, ours);
        assertEquals(ours, trainedParams(withParamsOf(graph(d -> d), graph(KeptPreActivationDense::of))));
        for (String name : new String[]{"d1", "d2"}) {
            KeptPreActivationDenseLayer layer = (KeptPreActivationDenseLayer) oursGraph.getLayer(name);
            assertEquals(5, layer.reused()); // one per step
            assertEquals(5, layer.matmulProducts()); // every training product through the matmul op
        }
    }

    @Test
    void withoutTheInputGradientTheFirstLayerStillTrainsAsDl4jsDenseLayerUpToRounding() {
        ComputationGraph theirsGraph = graph(d -> d);
        ComputationGraph oursGraph = withParamsOf(theirsGraph,
                graph(KeptPreActivationDenseTest::first, KeptPreActivationDense::of));
        Map<String, INDArray> theirs = trainedParams(theirsGraph);
        assertSameUpToRounding(theirs, trainedParams(oursGraph));
        assertEquals(5, ((KeptPreActivationDenseLayer) oursGraph.getLayer("d1")).reused());
        assertEquals(5, ((KeptPreActivationDenseLayer) oursGraph.getLayer("d1")).inputGradientsSkipped());
        assertEquals(0, ((KeptPreActivationDenseLayer) oursGraph.getLayer("d2")).inputGradientsSkipped());
    }

    /** {@code json} without any field of that name, at any depth. */
    private static String withoutField(String json, String field) {
        try {
            JsonNode tree = new ObjectMapper().readTree(json);
            for (JsonNode parent : tree.findParents(field)) {
                ((ObjectNode) parent).remove(field);
            }
            assertTrue(tree.findParents(field).isEmpty());
            return tree.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void newLayersLayTheirWeightsByRowsAndLayersFromOlderJsonByColumns() {
        ComputationGraph ours = graph(KeptPreActivationDense::of);
        INDArray flat = ours.params();
        INDArray w = ours.getParam("d1_W");
        assertEquals('c', w.ordering());
        assertEquals(flat.getFloat(3 * 16 + 5), w.getFloat(3, 5), 0f); // row 3 of 16 outputs, then column 5
        String json = ours.getConfiguration().toJson();
        assertTrue(json.contains("\"weightsByRow\" : true"), json);
        ComputationGraph older = new ComputationGraph(ComputationGraphConfiguration.fromJson(
                json.replace("\"weightsByRow\" : true", "\"weightsByRow\" : false")));
        older.init();
        assertEquals('f', older.getParam("d1_W").ordering());
        ComputationGraph withoutTheField = new ComputationGraph(ComputationGraphConfiguration.fromJson(
                withoutField(json, "weightsByRow")));
        withoutTheField.init();
        assertEquals('f', withoutTheField.getParam("d1_W").ordering());
    }

    @Test
    void infersThroughTheMatmulOpAsDl4jsDenseLayerDoesUpToRounding() {
        ComputationGraph theirs = graph(d -> d);
        trainedParams(theirs);
        ComputationGraph ours = withParamsOf(theirs, graph(KeptPreActivationDense::of));
        Nd4j.getRandom().setSeed(11);
        INDArray both = Nd4j.rand(DataType.FLOAT, 2 * 9, 40).subi(0.5);
        for (INDArray x : new INDArray[]{both, both.get(NDArrayIndex.interval(9, 18), NDArrayIndex.all())}) {
            INDArray expected = theirs.outputSingle(false, x);
            INDArray actual = ours.outputSingle(false, x);
            assertTrue(expected.amaxNumber().doubleValue() > 1e-3);
            ArrayAssertions.assertCloseToScale(expected, actual, "inference");
            assertEquals(actual, ours.outputSingle(false, x)); // the same again
        }
        assertEquals(4, ((KeptPreActivationDenseLayer) ours.getLayer("d1")).matmulProducts()); // rows, then the view
        assertEquals(4, ((KeptPreActivationDenseLayer) ours.getLayer("d2")).matmulProducts());
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
