package dev.siamese.data.synthetic;

import java.util.Random;

/**
 * A smooth ridge-period map: the mean period times {@code 1 + variation * n(x, y)}, where n in [-1, 1] is a
 * sum of three random long-wave cosines.
 */
public final class PeriodField {
    private static final int WAVES = 3;
    private final double mean;
    private final double variation;
    private final double[] kx = new double[WAVES];
    private final double[] ky = new double[WAVES];
    private final double[] phase = new double[WAVES];
    private final double[] amplitude = new double[WAVES];
    private final double amplitudeSum;

    PeriodField(double mean, double variation, int size, Random random) {
        this.mean = mean;
        this.variation = variation;
        double sum = 0;
        for (int i = 0; i < WAVES; i++) {
            double wavelength = size * (0.8 + 1.2 * random.nextDouble());
            double dir = random.nextDouble() * Math.PI;
            kx[i] = 2 * Math.PI / wavelength * Math.cos(dir);
            ky[i] = 2 * Math.PI / wavelength * Math.sin(dir);
            phase[i] = random.nextDouble() * 2 * Math.PI;
            amplitude[i] = 0.5 + random.nextDouble();
            sum += amplitude[i];
        }
        amplitudeSum = sum;
    }

    /** The mean period in pixels. */
    public double mean() {
        return mean;
    }

    /** The largest relative deviation from the mean. */
    public double variation() {
        return variation;
    }

    /** The period at (x, y) in pixels. */
    public double at(double x, double y) {
        double n = 0;
        for (int i = 0; i < WAVES; i++) {
            n += amplitude[i] * Math.cos(kx[i] * x + ky[i] * y + phase[i]);
        }
        return mean * (1 + variation * n / amplitudeSum);
    }
}
