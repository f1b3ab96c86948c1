package dev.siamese.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarginSoftmaxLossTest {
    @BeforeAll
    static void backend() {
        NetworkProcess.initialise();
    }

    private static INDArray cosines() {
        return Nd4j.createFromArray(new double[][]{
                {0.9, 0.1, -0.3},
                {0.2, 0.4, 0.35},
                {-0.95, 0.5, 0.0}, // target angle near π: ArcFace takes its monotone continuation
                {0.0, -0.2, 0.7}}).castTo(DataType.DOUBLE);
    }

    private static INDArray oneHot() {
        return Nd4j.createFromArray(new double[][]{{1, 0, 0}, {0, 0, 1}, {1, 0, 0}, {0, 1, 0}}).castTo(DataType.DOUBLE);
    }

    @Test
    void cosFaceIsSoftmaxCrossEntropyOfTheScaledCosinesWithTheMarginOnTheTarget() {
        MarginSoftmaxLoss loss = new MarginSoftmaxLoss(30, 0.35, false);
        INDArray c = cosines();
        INDArray y = oneHot();
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            double[] logits = new double[3];
            int target = -1;
            for (int j = 0; j < 3; j++) {
                boolean t = y.getDouble(i, j) == 1;
                target = t ? j : target;
                logits[j] = 30 * (c.getDouble(i, j) - (t ? 0.35 : 0));
            }
            double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
            double sum = 0;
            for (double l : logits) {
                sum += Math.exp(l - max);
            }
            expected += -(logits[target] - max - Math.log(sum));
        }
        assertEquals(expected / 4, loss.computeScore(y, c, new ActivationIdentity(), null, true), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"false, 0", "true, 0", "false, 0.7", "true, 0.7"})
    void gradientMatchesFiniteDifferences(boolean arcface, double center) {
        MarginSoftmaxLoss loss = new MarginSoftmaxLoss(8, arcface ? 0.5 : 0.35, arcface, center);
        INDArray c = cosines();
        INDArray y = oneHot();
        INDArray analytic = loss.computeGradient(y, c, new ActivationIdentity(), null);
        double h = 1e-6;
        for (int i = 0; i < c.rows(); i++) {
            for (int j = 0; j < c.columns(); j++) {
                double orig = c.getDouble(i, j);
                c.putScalar(i, j, orig + h);
                double plus = loss.computeScore(y, c, new ActivationIdentity(), null, false);
                c.putScalar(i, j, orig - h);
                double minus = loss.computeScore(y, c, new ActivationIdentity(), null, false);
                c.putScalar(i, j, orig);
                assertEquals((plus - minus) / (2 * h), analytic.getDouble(i, j), 1e-5, "d/dc[" + i + "," + j + "]");
            }
        }
    }

    @Test
    void arcFaceMarginMakesTheTargetHarderThanPlainSoftmax() {
        INDArray c = cosines();
        INDArray y = oneHot();
        double plain = new MarginSoftmaxLoss(30, 0, true).computeScore(y, c, new ActivationIdentity(), null, true);
        double arc = new MarginSoftmaxLoss(30, 0.5, true).computeScore(y, c, new ActivationIdentity(), null, true);
        double cos = new MarginSoftmaxLoss(30, 0.35, false).computeScore(y, c, new ActivationIdentity(), null, true);
        assertTrue(arc > plain && cos > plain, "margins raise the loss: plain " + plain + ", arc " + arc + ", cos " + cos);
    }

    @Test
    void theCenterTermAddsLambdaTimesOneMinusTheTargetCosinePerImage() {
        INDArray c = cosines();
        INDArray y = oneHot();
        double without = new MarginSoftmaxLoss(30, 0.35, false).computeScore(y, c, new ActivationIdentity(), null, true);
        double with = new MarginSoftmaxLoss(30, 0.35, false, 0.5).computeScore(y, c, new ActivationIdentity(), null, true);
        double pull = 0;
        for (int i = 0; i < 4; i++) {
            pull += 1 - c.mul(y).getRow(i).sumNumber().doubleValue();
        }
        assertEquals(without + 0.5 * pull / 4, with, 1e-9);
    }
}
