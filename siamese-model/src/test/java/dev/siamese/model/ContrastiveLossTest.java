package dev.siamese.model;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.distance.PairLoss;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContrastiveLossTest {
    private static final double MARGIN = 1.0;
    private final ContrastiveLoss loss = new ContrastiveLoss(MARGIN);

    @BeforeAll
    static void backend() {
        NetworkProcess.initialise();
    }

    private static INDArray pairs(double[][] rows) {
        return Nd4j.createFromArray(rows).castTo(DataType.DOUBLE);
    }

    private static INDArray labels(double... y) {
        return Nd4j.createFromArray(y).reshape(y.length, 1);
    }

    @Test
    void valueIsTheSeedsFormulaAveragedOverPairs() {
        // pair 0: genuine, d = 5 (3-4-5); pair 1: impostor, d = 0.6 → (1 - 0.6)² = 0.16; pair 2: impostor beyond margin
        INDArray x = pairs(new double[][]{{3, 0, 0, 4}, {0.6, 0, 0, 0}, {2, 0, 0, 0}});
        INDArray y = labels(1, 0, 0);
        double sum = 25 + 0.16 + 0;
        assertEquals(sum, loss.computeScore(y, x, new ActivationIdentity(), null, false), 1e-12);
        assertEquals(sum / 3, loss.computeScore(y, x, new ActivationIdentity(), null, true), 1e-12);
        assertEquals(0.16, PairLoss.contrastive(0.6, 0, MARGIN), 1e-12);
    }

    @Test
    void identicalEmbeddingsSitAtTheFloorWithZeroGradient() {
        INDArray x = pairs(new double[][]{{0.3, -0.2, 0.3, -0.2}, {0.3, -0.2, 0.3, -0.2}});
        INDArray y = labels(1, 0);
        double d = Math.sqrt(EmbeddingDistance.EPSILON);
        assertEquals(d, ContrastiveLoss.distances(x).getDouble(0, 0), 1e-15);
        // the impostor pair still has a loss (m − √1e−7)², but no gradient: the max holds d constant
        assertEquals(d * d + (MARGIN - d) * (MARGIN - d), loss.computeScore(y, x, new ActivationIdentity(), null, false), 1e-12);
        INDArray g = loss.computeGradient(y, x, new ActivationIdentity(), null);
        assertEquals(0.0, g.norm1Number().doubleValue(), 0.0);
    }

    @Test
    void gradientMatchesFiniteDifferencesAcrossTheMargin() {
        // distances below and above the margin, genuine and impostor
        INDArray x = pairs(new double[][]{
                {0.1, 0.2, 0.5, -0.1, 0.4, 0.6},   // d ≈ 0.72, impostor: inside margin
                {1.0, 0.9, -0.3, 0.2, 0.1, 0.2},   // d ≈ 1.13, impostor: beyond margin → 0
                {0.2, 0.3, 0.4, 0.25, 0.1, 0.5},   // genuine
                {0.5, 0.5, 0.5, 0.5, 0.5, 1.499}}); // d = 0.999, impostor just inside margin
        INDArray y = labels(0, 0, 1, 0);
        INDArray analytic = loss.computeGradient(y, x, new ActivationIdentity(), null);
        double h = 1e-6;
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.columns(); j++) {
                double orig = x.getDouble(i, j);
                x.putScalar(i, j, orig + h);
                double plus = loss.computeScore(y, x, new ActivationIdentity(), null, false);
                x.putScalar(i, j, orig - h);
                double minus = loss.computeScore(y, x, new ActivationIdentity(), null, false);
                x.putScalar(i, j, orig);
                assertEquals((plus - minus) / (2 * h), analytic.getDouble(i, j), 1e-6, "d/dx[" + i + "," + j + "]");
            }
        }
        // beyond the margin an impostor contributes nothing
        assertEquals(0.0, analytic.getRow(1).norm1Number().doubleValue(), 0.0);
    }

    @Test
    void marginCrossingSwitchesTheImpostorTermOff() {
        INDArray inside = pairs(new double[][]{{0.99, 0}});
        INDArray outside = pairs(new double[][]{{1.01, 0}});
        // make them [B, 2E] with E = 1: left 0.99 vs right 0
        INDArray y = labels(0);
        assertEquals(1e-4, loss.computeScore(y, inside, new ActivationIdentity(), null, true), 1e-9);
        assertEquals(0.0, loss.computeScore(y, outside, new ActivationIdentity(), null, true), 0.0);
        assertEquals(-2 * 0.01, loss.computeGradient(y, inside, new ActivationIdentity(), null).getDouble(0, 0), 1e-9);
        assertEquals(0.0, loss.computeGradient(y, outside, new ActivationIdentity(), null).getDouble(0, 0), 0.0);
    }

    @Test
    void roundTripsThroughJsonWithItsMargin() throws Exception {
        ContrastiveLoss original = new ContrastiveLoss(2.5);
        var mapper = org.deeplearning4j.nn.conf.NeuralNetConfiguration.mapper();
        String json = mapper.writeValueAsString(original);
        Object back = mapper.readValue(json, org.nd4j.linalg.lossfunctions.ILossFunction.class);
        assertEquals(original, back, json);
    }
}
