package dev.siamese.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InPlaceBackpropReLUTest {
    @BeforeAll
    static void backend() {
        Backends.initialise();
    }

    @Test
    void givesDl4jsReluValuesAndGradientsBitForBit() {
        Nd4j.getRandom().setSeed(4);
        INDArray z = Nd4j.rand(DataType.FLOAT, 4, 3, 9, 9).subi(0.5);
        z.putScalar(new long[]{0, 0, 0, 0}, 0f); // the kink: both give 0 there
        INDArray epsilon = Nd4j.rand(DataType.FLOAT, 4, 3, 9, 9).subi(0.5);
        INDArray theirs = new ActivationReLU().backprop(z.dup(), epsilon.dup()).getFirst();
        INDArray ours = new InPlaceBackpropReLU().backprop(z.dup(), epsilon.dup()).getFirst();
        assertEquals(theirs.shapeInfoToString(), ours.shapeInfoToString());
        assertEquals(0.0, theirs.sub(ours).amaxNumber().doubleValue(), 0.0);
        assertEquals(0.0, ours.getDouble(0, 0, 0, 0));
        assertEquals(new ActivationReLU().getActivation(z.dup(), true), new InPlaceBackpropReLU().getActivation(z.dup(), true));
    }
}
