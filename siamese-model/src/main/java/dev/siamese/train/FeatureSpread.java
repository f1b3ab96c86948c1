package dev.siamese.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The spread of a layer's output across images, gathered pass by pass: per output value (unit × position) the
 * running mean and sum of squared deviations (Chan et al.'s pairwise update, so that a spread of 1e-9 around
 * 0.5 is not lost to cancellation), reported as the mean over values of the population standard deviation.
 */
final class FeatureSpread {
    private double[] mean;
    private double[] m2;
    private long count;

    /** {@code a}: {@code [n, ...]}, one image per row. */
    void add(INDArray a) {
        long n = a.size(0);
        if (n == 0) {
            return;
        }
        INDArray flat = a.castTo(DataType.DOUBLE).reshape(n, a.length() / n);
        INDArray chunkMean = flat.mean(0);
        double[] mb = chunkMean.toDoubleVector();
        INDArray centred = flat.subRowVector(chunkMean);
        double[] m2b = centred.muli(centred).sum(0).toDoubleVector();
        if (mean == null) {
            mean = mb;
            m2 = m2b;
            count = n;
            return;
        }
        long total = count + n;
        for (int i = 0; i < mean.length; i++) {
            double delta = mb[i] - mean[i];
            mean[i] += delta * n / total;
            m2[i] += m2b[i] + delta * delta * count * n / total;
        }
        count = total;
    }

    /** The mean over output values of their standard deviation across the images added; 0 before any. */
    double meanStd() {
        if (mean == null) {
            return 0;
        }
        double sum = 0;
        for (double v : m2) {
            sum += Math.sqrt(Math.max(0, v) / count);
        }
        return sum / m2.length;
    }
}
