package dev.siamese.preprocess;

import dev.siamese.data.GaborBank;

/**
 * Classical ridge enhancement (after Hong, Wan and Jain, 1998): the local ridge orientation from the structure tensor
 * of the normalised ridge signal, averaged over about two ridge periods, then every pixel filtered with the Gabor
 * kernel of its orientation and of the ridge period. Ridges are joined along their direction across breaks, pores,
 * blotches and sensor texture, and what is left looks alike whatever the sensor, or the generator, that made it.
 */
final class RidgeEnhancement {
    /** Smoothing of the structure tensor, in ridge periods. */
    static final double ORIENTATION_SMOOTHING = 1.5;
    /** A mask weight below which a pixel is not filtered: it is faded out anyway. */
    static final float NEGLIGIBLE = 1e-3f;

    private RidgeEnhancement() {
    }

    /**
     * The enhanced signal of {@code ridges} (the normalised band signal, about ±1.4 on a print) where {@code weight}
     * (the print's soft mask) is not negligible; 0 elsewhere.
     */
    static FloatImage of(FloatImage ridges, double period, float[] weight) {
        int w = ridges.width();
        int h = ridges.height();
        float[] z = ridges.values();
        float[] xx = new float[w * h];
        float[] yy = new float[w * h];
        float[] xy = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float gx = (z[y * w + Math.min(w - 1, x + 1)] - z[y * w + Math.max(0, x - 1)]) / 2;
                float gy = (z[Math.min(h - 1, y + 1) * w + x] - z[Math.max(0, y - 1) * w + x]) / 2;
                int i = y * w + x;
                xx[i] = gx * gx;
                yy[i] = gy * gy;
                xy[i] = gx * gy;
            }
        }
        double sigma = ORIENTATION_SMOOTHING * period;
        Blur.fast(xx, w, h, sigma);
        Blur.fast(yy, w, h, sigma);
        Blur.fast(xy, w, h, sigma);
        GaborBank bank = new GaborBank(period, 0);
        int r = bank.radius;
        int d = bank.diameter;
        int pw = w + 2 * r;
        float[] padded = new float[pw * (h + 2 * r)]; // edges repeated, so the loop needs no bounds
        for (int y = -r; y < h + r; y++) {
            int sy = Math.max(0, Math.min(h - 1, y));
            for (int x = -r; x < w + r; x++) {
                padded[(y + r) * pw + x + r] = z[sy * w + Math.max(0, Math.min(w - 1, x))];
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (weight[i] < NEGLIGIBLE) {
                    continue;
                }
                // the gradient's direction is across the ridges; the ridges run a quarter turn from it
                double across = 0.5 * Math.atan2(2 * xy[i], xx[i] - yy[i]);
                float[] kernel = bank.kernels[bank.indexFor(across + Math.PI / 2, period)];
                float sum = 0;
                int k = 0;
                for (int v = 0; v < d; v++) {
                    int row = (y + v) * pw + x;
                    for (int u = 0; u < d; u++) {
                        sum += kernel[k++] * padded[row + u];
                    }
                }
                out[i] = sum;
            }
        }
        return new FloatImage(w, h, out);
    }
}
