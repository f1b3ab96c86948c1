package dev.siamese.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TripletLossTest {
    private static final ActivationIdentity IDENTITY = new ActivationIdentity();

    @BeforeAll
    static void backend() {
        NetworkProcess.initialise();
    }

    /** Two fingers × 3 impressions of random 5-d embeddings, then normalised. */
    private static INDArray embeddings(long seed) {
        Random r = new Random(seed);
        double[][] e = new double[6][5];
        for (double[] row : e) {
            double norm = 0;
            for (int k = 0; k < row.length; k++) {
                row[k] = r.nextGaussian();
                norm += row[k] * row[k];
            }
            for (int k = 0; k < row.length; k++) {
                row[k] /= Math.sqrt(norm);
            }
        }
        return Nd4j.createFromArray(e).castTo(DataType.DOUBLE);
    }

    private static INDArray labels() {
        double[][] y = new double[6][3];
        int[] finger = {0, 1, 0, 2, 1, 0};
        for (int i = 0; i < 6; i++) {
            y[i][finger[i]] = 1;
        }
        return Nd4j.createFromArray(y).castTo(DataType.DOUBLE);
    }

    private static double d(INDArray e, int i, int j) {
        return e.getRow(i).distance2(e.getRow(j));
    }

    @Test
    void batchHardTakesTheFarthestPositiveAndTheNearestNegative() {
        INDArray e = embeddings(3);
        int[] finger = {0, 1, 0, 2, 1, 0};
        double margin = 0.5;
        double expected = 0;
        for (int a = 0; a < 6; a++) {
            double farthest = -1;
            double nearest = Double.MAX_VALUE;
            for (int j = 0; j < 6; j++) {
                if (j == a) {
                    continue;
                }
                if (finger[j] == finger[a]) {
                    farthest = Math.max(farthest, d(e, a, j));
                } else {
                    nearest = Math.min(nearest, d(e, a, j));
                }
            }
            // finger 2 has one image: no positive, score 0
            expected += farthest < 0 ? 0 : Math.max(0, farthest - nearest + margin);
        }
        double score = new TripletLoss(margin, false).computeScore(labels(), e, IDENTITY, null, true);
        assertEquals(expected / 6, score, 1e-9);
        assertTrue(score > 0, "a margin of 0.5 on random unit vectors leaves some triplets active");
    }

    @Test
    void semiHardPrefersTheNearestNegativeBeyondThePositive() {
        // anchor 0 and positive 1 at distance 1; negatives at 0.5 (harder than the positive) and 1.2 (semi-hard)
        INDArray e = Nd4j.createFromArray(new double[][]{{0, 0}, {1, 0}, {0, 0.5}, {0, 1.2}}).castTo(DataType.DOUBLE);
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0}, {1, 0}, {0, 1}, {0, 1}}).castTo(DataType.DOUBLE);
        INDArray scores = new TripletLoss(0.5, true).computeScoreArray(y, e, IDENTITY, null);
        assertEquals(1 - 1.2 + 0.5, scores.getDouble(0), 1e-9, "semi-hard negative 1.2, not the hard 0.5");
        INDArray hard = new TripletLoss(0.5, false).computeScoreArray(y, e, IDENTITY, null);
        assertEquals(1 - 0.5 + 0.5, hard.getDouble(0), 1e-9, "batch-hard takes the nearest negative");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void gradientMatchesFiniteDifferences(boolean semiHard) {
        TripletLoss loss = new TripletLoss(0.6, semiHard);
        INDArray e = embeddings(11);
        INDArray y = labels();
        INDArray analytic = loss.computeGradient(y, e, IDENTITY, null);
        double h = 1e-6;
        double largest = 0;
        for (int i = 0; i < e.rows(); i++) {
            for (int j = 0; j < e.columns(); j++) {
                double orig = e.getDouble(i, j);
                e.putScalar(i, j, orig + h);
                double plus = loss.computeScore(y, e, IDENTITY, null, false);
                e.putScalar(i, j, orig - h);
                double minus = loss.computeScore(y, e, IDENTITY, null, false);
                e.putScalar(i, j, orig);
                assertEquals((plus - minus) / (2 * h), analytic.getDouble(i, j), 1e-5, "d/de[" + i + "," + j + "]");
                largest = Math.max(largest, Math.abs(analytic.getDouble(i, j)));
            }
        }
        assertTrue(largest > 0.1, "the check is not vacuous: largest gradient " + largest);
    }
}
