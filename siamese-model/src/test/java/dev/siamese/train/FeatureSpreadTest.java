package dev.siamese.train;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeatureSpreadTest {
    @Test
    void chunksGiveTheSpreadOfAllImagesTogether() {
        // two features over five images: population std 2 and 0
        double[][] rows = {{1, 7}, {3, 7}, {5, 7}, {-1, 7}, {7, 7}};
        FeatureSpread whole = new FeatureSpread();
        whole.add(Nd4j.create(rows));
        FeatureSpread chunked = new FeatureSpread();
        chunked.add(Nd4j.create(new double[][]{rows[0], rows[1]}));
        chunked.add(Nd4j.create(new double[][]{rows[2], rows[3], rows[4]}));
        double expected = (Math.sqrt(8) + 0) / 2;
        assertEquals(expected, whole.meanStd(), 1e-12);
        assertEquals(expected, chunked.meanStd(), 1e-12);
        assertEquals(0, new FeatureSpread().meanStd());
    }

    @Test
    void aTinySpreadAroundAHalfIsNotLostToCancellation() {
        FeatureSpread s = new FeatureSpread();
        s.add(Nd4j.create(new double[][]{{0.5 + 1e-9}, {0.5 - 1e-9}}));
        s.add(Nd4j.create(new double[][]{{0.5 + 1e-9}, {0.5 - 1e-9}}));
        assertEquals(1e-9, s.meanStd(), 1e-15);
    }
}
