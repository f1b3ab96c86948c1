package dev.siamese.model;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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

    private static INDArray trainedParams(ComputationGraph g) {
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.rand(DataType.FLOAT, 6, 1, 12, 12);
        INDArray y = Nd4j.rand(DataType.FLOAT, 6, 2);
        for (int i = 0; i < 4; i++) {
            g.fit(new INDArray[]{x}, new INDArray[]{y});
        }
        return g.params().dup();
    }

    @Test
    void trainsToTheSameParametersBitForBitAsDl4jsConvolution() {
        INDArray theirs = trainedParams(graph(c -> c));
        ComputationGraph oursGraph = graph(KeptPreActivationConvolution::of);
        INDArray ours = trainedParams(oursGraph);
        assertEquals(0.0, theirs.sub(ours).amaxNumber().doubleValue(), 0.0);
        assertEquals(4, ((KeptPreActivationConvolutionLayer) oursGraph.getLayer("c1")).reused()); // one per step
        assertEquals(4, ((KeptPreActivationConvolutionLayer) oursGraph.getLayer("c2")).reused());
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
