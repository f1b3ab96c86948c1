package dev.siamese.data.synthetic;

/** A separable Gaussian blur of a square float image in place; borders repeat the edge pixel. */
final class GaussianBlur {
    private GaussianBlur() {
    }

    static void apply(float[] image, int n, double sigma) {
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
        float[] tmp = new float[image.length];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double v = 0;
                for (int k = -radius; k <= radius; k++) {
                    v += kernel[k + radius] * image[y * n + Math.max(0, Math.min(n - 1, x + k))];
                }
                tmp[y * n + x] = (float) v;
            }
        }
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double v = 0;
                for (int k = -radius; k <= radius; k++) {
                    v += kernel[k + radius] * tmp[Math.max(0, Math.min(n - 1, y + k)) * n + x];
                }
                image[y * n + x] = (float) v;
            }
        }
    }
}
