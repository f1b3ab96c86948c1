package dev.siamese.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneDnnTanhTest {
    @BeforeAll
    static void backend() {
        Backends.initialise(); // before any ND4J call: it picks the native build
    }

    private static INDArray input() {
        Nd4j.getRandom().setSeed(7);
        return Nd4j.randn(DataType.FLOAT, 8, 4, 13, 13).muli(3); // saturating values too
    }

    @Test
    void forwardAgreesWithDl4jsTanhToAboutAnUlp() {
        INDArray x = input();
        INDArray ours = new OneDnnTanh().getActivation(x.dup(), true);
        INDArray theirs = new ActivationTanH().getActivation(x.dup(), true);
        assertEquals(0.0, ours.sub(theirs).amaxNumber().doubleValue(), 1e-6);
        assertTrue(ours.amaxNumber().doubleValue() <= 1.0);
    }

    @Test
    void backwardIsDl4jsTanhDerivative() {
        INDArray x = input();
        INDArray eps = Nd4j.rand(DataType.FLOAT, 8, 4, 13, 13);
        INDArray ours = new OneDnnTanh().backprop(x.dup(), eps.dup()).getFirst();
        INDArray theirs = new ActivationTanH().backprop(x.dup(), eps.dup()).getFirst();
        assertEquals(theirs, ours);
    }

    @Test
    void survivesTheModelJsonRoundTrip() throws Exception {
        ObjectMapper json = NeuralNetConfiguration.mapper();
        IActivation back = json.readValue(json.writeValueAsString(new OneDnnTanh()), IActivation.class);
        assertInstanceOf(OneDnnTanh.class, back);
    }
}
