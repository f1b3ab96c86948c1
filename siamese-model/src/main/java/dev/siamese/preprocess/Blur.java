package dev.siamese.preprocess;

import dev.siamese.data.GaussianBlur;

/** Separable Gaussian blur of a float image; borders repeat the edge pixel. */
public final class Blur {
    private Blur() {
    }

    /** Blurs {@code values} ({@code width × height}, row-major) in place with standard deviation {@code sigma}. */
    public static void gaussian(float[] values, int width, int height, double sigma) {
        GaussianBlur.apply(values, width, height, sigma);
    }

    /**
     * Blurs in place with three passes of a box filter per axis whose widths give a Gaussian of about {@code sigma}
     * (Kovesi, "Fast almost-Gaussian filtering", 2010): a few operations per pixel whatever the width, where the
     * exact kernel costs {@code 6σ} per pixel and axis. Borders repeat the edge pixel.
     */
    public static void fast(float[] values, int width, int height, double sigma) {
        if (sigma < 1) {
            gaussian(values, width, height, sigma);
            return;
        }
        int[] radii = boxRadii(sigma);
        float[] tmp = new float[Math.max(width, height)];
        float[] line = new float[Math.max(width, height)];
        for (int r : radii) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(values, y * width, line, 0, width);
                box(line, width, r, tmp);
                System.arraycopy(tmp, 0, values, y * width, width);
            }
            for (int x = 0; x < width; x++) {
                for (int y = 0; y < height; y++) {
                    line[y] = values[y * width + x];
                }
                box(line, height, r, tmp);
                for (int y = 0; y < height; y++) {
                    values[y * width + x] = tmp[y];
                }
            }
        }
    }

    /** Radii of three boxes whose successive application has standard deviation about {@code sigma}. */
    static int[] boxRadii(double sigma) {
        int passes = 3;
        double ideal = Math.sqrt(12 * sigma * sigma / passes + 1);
        int lower = (int) Math.floor(ideal);
        if (lower % 2 == 0) {
            lower--;
        }
        int upper = lower + 2;
        long m = Math.round((12 * sigma * sigma - passes * lower * lower - 4.0 * passes * lower - 3.0 * passes)
                / (-4.0 * lower - 4));
        int[] radii = new int[passes];
        for (int i = 0; i < passes; i++) {
            radii[i] = ((i < m ? lower : upper) - 1) / 2;
        }
        return radii;
    }

    /** The mean over {@code [i − r, i + r]} of {@code in[0..n)} (edges repeated), written to {@code out}. */
    private static void box(float[] in, int n, int r, float[] out) {
        double sum = 0;
        for (int k = -r; k <= r; k++) {
            sum += in[Math.max(0, Math.min(n - 1, k))];
        }
        double norm = 1.0 / (2 * r + 1);
        for (int i = 0; i < n; i++) {
            out[i] = (float) (sum * norm);
            sum += in[Math.min(n - 1, i + r + 1)] - in[Math.max(0, i - r)];
        }
    }

    /** A blurred copy. */
    public static FloatImage gaussian(FloatImage image, double sigma) {
        float[] v = image.values().clone();
        gaussian(v, image.width(), image.height(), sigma);
        return new FloatImage(image.width(), image.height(), v);
    }
}
