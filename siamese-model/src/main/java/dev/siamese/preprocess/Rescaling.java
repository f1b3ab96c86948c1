package dev.siamese.preprocess;

/**
 * Resizing by a scale factor with a triangle (tent) filter whose support widens with the reduction, as Pillow's
 * antialiased bilinear resize: shrinking a 500 dpi scan to 250 dpi averages each output pixel over the source
 * pixels it covers instead of sampling them, so fine ridges do not alias into false patterns.
 */
public final class Rescaling {
    private Rescaling() {
    }

    /** {@code image} scaled by {@code scale} (output size {@code round(size × scale)}, at least 1). */
    public static FloatImage scale(FloatImage image, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        int w = Math.max(1, (int) Math.round(image.width() * scale));
        int h = Math.max(1, (int) Math.round(image.height() * scale));
        if (w == image.width() && h == image.height()) {
            return image;
        }
        float[] rows = horizontal(image.values(), image.width(), image.height(), w);
        float[] out = vertical(rows, w, image.height(), h);
        return new FloatImage(w, h, out);
    }

    private static float[] horizontal(float[] src, int sw, int sh, int dw) {
        Taps taps = Taps.of(sw, dw);
        float[] out = new float[dw * sh];
        for (int y = 0; y < sh; y++) {
            int row = y * sw;
            for (int x = 0; x < dw; x++) {
                double v = 0;
                for (int k = 0; k < taps.count[x]; k++) {
                    v += taps.weight[x][k] * src[row + taps.first[x] + k];
                }
                out[y * dw + x] = (float) v;
            }
        }
        return out;
    }

    private static float[] vertical(float[] src, int w, int sh, int dh) {
        Taps taps = Taps.of(sh, dh);
        float[] out = new float[w * dh];
        for (int y = 0; y < dh; y++) {
            for (int k = 0; k < taps.count[y]; k++) {
                double wk = taps.weight[y][k];
                int row = (taps.first[y] + k) * w;
                for (int x = 0; x < w; x++) {
                    out[y * w + x] += (float) (wk * src[row + x]);
                }
            }
        }
        return out;
    }

    /** Per output index: the first source index, how many follow, and their normalised weights. */
    private record Taps(int[] first, int[] count, double[][] weight) {
        static Taps of(int in, int out) {
            double scale = (double) out / in;
            double support = scale < 1 ? 1 / scale : 1;
            int[] first = new int[out];
            int[] count = new int[out];
            double[][] weight = new double[out][];
            for (int i = 0; i < out; i++) {
                double centre = (i + 0.5) / scale;
                int lo = Math.max(0, (int) Math.floor(centre - support));
                int hi = Math.min(in - 1, (int) Math.ceil(centre + support));
                double[] w = new double[hi - lo + 1];
                double sum = 0;
                for (int j = lo; j <= hi; j++) {
                    double d = Math.abs(j + 0.5 - centre) / support;
                    w[j - lo] = Math.max(0, 1 - d);
                    sum += w[j - lo];
                }
                if (sum == 0) {
                    int nearest = Math.min(in - 1, Math.max(0, (int) Math.floor(centre)));
                    lo = nearest;
                    w = new double[]{1};
                    sum = 1;
                }
                for (int k = 0; k < w.length; k++) {
                    w[k] /= sum;
                }
                first[i] = lo;
                count[i] = w.length;
                weight[i] = w;
            }
            return new Taps(first, count, weight);
        }
    }
}
