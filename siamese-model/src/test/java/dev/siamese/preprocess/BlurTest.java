package dev.siamese.preprocess;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlurTest {
    /** Three boxes come close to the exact Gaussian: on a unit impulse, the same spread and a bell of the same height. */
    @Test
    void fastBlurApproximatesTheGaussian() {
        for (double sigma : new double[] {1.5, 4.5, 6.75}) {
            int n = 101;
            float[] exact = new float[n * n];
            exact[50 * n + 50] = 1;
            float[] fast = exact.clone();
            Blur.gaussian(exact, n, n, sigma);
            Blur.fast(fast, n, n, sigma);
            double var = 0;
            double total = 0;
            for (int x = 0; x < n; x++) {
                var += fast[50 * n + x] * (x - 50.0) * (x - 50.0);
                total += fast[50 * n + x];
            }
            assertEquals(sigma, Math.sqrt(var / total), 0.12 * sigma, "spread at sigma " + sigma);
            assertEquals(exact[50 * n + 50], fast[50 * n + 50], 0.15 * exact[50 * n + 50], "peak at sigma " + sigma);
        }
    }

    @Test
    void keepsAConstantImage() {
        float[] v = new float[40 * 30];
        Arrays.fill(v, 7f);
        Blur.fast(v, 40, 30, 5);
        for (float f : v) {
            assertEquals(7f, f, 1e-4);
        }
    }
}
