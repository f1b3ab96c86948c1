package dev.siamese.data;

/**
 * A separable Gaussian blur of a float image in place, its kernel cut at 3σ; borders repeat the edge pixel. The
 * synthetic prints' sensor blur and the preprocessing's exact blur ({@code dev.siamese.preprocess.Blur}) both run here.
 */
public final class GaussianBlur {
    private GaussianBlur() {
    }

    /** Blurs {@code values} ({@code width × height}, row-major) with standard deviation {@code sigma}; none at 0. */
    public static void apply(float[] values, int width, int height, double sigma) {
        if (sigma <= 0) {
            return;
        }
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int k = -radius; k <= radius; k++) {
            kernel[k + radius] = Math.exp(-k * k / (2 * sigma * sigma));
            sum += kernel[k + radius];
        }
        for (int k = 0; k < kernel.length; k++) {
            kernel[k] /= sum;
        }
        float[] tmp = new float[values.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 0;
                for (int k = -radius; k <= radius; k++) {
                    v += kernel[k + radius] * values[y * width + Math.max(0, Math.min(width - 1, x + k))];
                }
                tmp[y * width + x] = (float) v;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 0;
                for (int k = -radius; k <= radius; k++) {
                    v += kernel[k + radius] * tmp[Math.max(0, Math.min(height - 1, y + k)) * width + x];
                }
                values[y * width + x] = (float) v;
            }
        }
    }
}
