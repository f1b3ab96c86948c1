package dev.siamese.preprocess;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RescalingTest {
    @Test
    void halvesTheSizeAndKeepsAConstantImageConstant() {
        FloatImage out = Rescaling.scale(FloatImage.filled(300, 364, 200f), 0.5);
        assertEquals(150, out.width());
        assertEquals(182, out.height());
        for (float v : out.values()) {
            assertEquals(200f, v, 1e-3);
        }
    }

    @Test
    void scaleOneReturnsTheImageAndBadScalesAreRefused() {
        FloatImage img = FloatImage.filled(10, 10, 1f);
        assertSame(img, Rescaling.scale(img, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Rescaling.scale(img, 0));
        assertThrows(IllegalArgumentException.class, () -> Rescaling.scale(img, Double.NaN));
    }

    /** Halving a 9-pixel ridge pattern gives 4.5-pixel ridges of nearly the same depth, not an aliased pattern. */
    @Test
    void halvingKeepsRidgesAndTheirPeriod() {
        int n = 360;
        float[] v = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                v[y * n + x] = (float) (128 + 100 * Math.cos(2 * Math.PI * x / 9.0));
            }
        }
        FloatImage out = Rescaling.scale(new FloatImage(n, n, v), 0.5);
        int row = 90 * out.width();
        double amplitude = 0;
        int crossings = 0;
        for (int x = 10; x < out.width() - 10; x++) {
            amplitude = Math.max(amplitude, Math.abs(out.values()[row + x] - 128));
            if ((out.values()[row + x] - 128) * (out.values()[row + x + 1] - 128) < 0) {
                crossings++;
            }
        }
        double period = 2.0 * (out.width() - 20) / crossings;
        assertEquals(4.5, period, 0.1, "ridge period after halving");
        assertEquals(100 * 0.75, amplitude, 20, "a tent filter of twice the support keeps most of a 4.5 px ridge");
    }
}
