package dev.siamese.data.synthetic;

import dev.siamese.data.GaborBank;

import java.util.Random;

/**
 * Grows a master print's ridges as SFinGe does: a few white-noise dots inside the fingertip, then repeated
 * space-variant Gabor filtering (each pixel with the kernel of its local orientation and period) and clipping,
 * until the ridge pattern fills the outline. The result is a smooth pattern in [-1, 1], positive on ridges.
 */
final class RidgeGrower {
    /** Extra iterations after the pattern has reached every pixel, to settle ridge ends and bifurcations. */
    private static final int SETTLE_ITERATIONS = 5;
    private static final int MAX_ITERATIONS = 40;
    private static final float GAIN = 3f;

    private RidgeGrower() {
    }

    /** The ridge pattern of {@code plan} on a width × height canvas, zero outside the grown area. */
    static float[] grow(MasterPrintPlan plan, int width, int height, Random random) {
        PeriodField periods = plan.period();
        GaborBank bank = new GaborBank(periods.mean(), periods.variation());
        Silhouette area = plan.silhouette().scaled(1.08);
        int n = width * height;
        int[] kernelOf = new int[n];
        int[] inside = new int[n];
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (area.radius(x, y) < 1) {
                    int i = y * width + x;
                    inside[count++] = i;
                    kernelOf[i] = bank.indexFor(OrientationField.at(plan, x, y), periods.at(x, y));
                }
            }
        }
        int r = bank.radius;
        int pw = width + 2 * r;
        float[] padded = new float[pw * (height + 2 * r)];
        seed(padded, pw, r, inside, count, width, periods.mean(), random);
        // Keep seed dots inside the outline: pixels outside are never filtered, so they would stay fixed.
        float[] clean = new float[padded.length];
        for (int k = 0; k < count; k++) {
            int p = (inside[k] / width + r) * pw + inside[k] % width + r;
            clean[p] = padded[p];
        }
        padded = clean;
        float[] next = new float[n];
        int settled = -1;
        for (int it = 0; it < MAX_ITERATIONS && (settled < 0 || it < settled + SETTLE_ITERATIONS); it++) {
            boolean full = filter(bank, padded, pw, inside, count, kernelOf, width, next);
            int zeros = 0;
            for (int k = 0; k < count; k++) {
                int i = inside[k];
                float v = Math.max(-1f, Math.min(1f, GAIN * next[i]));
                padded[(i / width + r) * pw + i % width + r] = v;
                if (Math.abs(v) < 0.05f) {
                    zeros++;
                }
            }
            if (settled < 0 && full && zeros < count / 50) {
                settled = it;
            }
        }
        // One last plain filtering pass turns the clipped, square-wave pattern into a smooth one.
        filter(bank, padded, pw, inside, count, kernelOf, width, next);
        float[] out = new float[n];
        for (int k = 0; k < count; k++) {
            int i = inside[k];
            out[i] = Math.max(-1f, Math.min(1f, next[i] * (float) (Math.PI / 4)));
        }
        return out;
    }

    /** A few dots of white noise, each a small disc, at random places inside the outline. */
    private static void seed(float[] padded, int pw, int r, int[] inside, int count, int width, double period,
                             Random random) {
        int dots = 4 + random.nextInt(5);
        int rad = (int) Math.max(1, Math.round(period / 2));
        for (int d = 0; d < dots; d++) {
            int i = inside[random.nextInt(count)];
            int x0 = i % width;
            int y0 = i / width;
            for (int dy = -rad; dy <= rad; dy++) {
                for (int dx = -rad; dx <= rad; dx++) {
                    if (dx * dx + dy * dy <= rad * rad) {
                        padded[(y0 + dy + r) * pw + x0 + dx + r] = (float) (random.nextDouble() * 2 - 1);
                    }
                }
            }
        }
    }

    /**
     * Filters every inside pixel with its kernel into {@code out}, skipping pixels whose whole neighbourhood is
     * still empty (early iterations). Returns whether no inside pixel was skipped.
     */
    private static boolean filter(GaborBank bank, float[] padded, int pw, int[] inside, int count, int[] kernelOf,
                                  int width, float[] out) {
        int r = bank.radius;
        int d = bank.diameter;
        int ph = padded.length / pw;
        // Integral image of non-empty pixels, to skip empty neighbourhoods cheaply.
        int[] sat = new int[(pw + 1) * (ph + 1)];
        for (int y = 0; y < ph; y++) {
            int rowSum = 0;
            for (int x = 0; x < pw; x++) {
                rowSum += padded[y * pw + x] != 0f ? 1 : 0;
                sat[(y + 1) * (pw + 1) + x + 1] = sat[y * (pw + 1) + x + 1] + rowSum;
            }
        }
        boolean full = true;
        for (int k = 0; k < count; k++) {
            int i = inside[k];
            int x = i % width;
            int y = i / width;
            // Padded window [x, x + d) × [y, y + d).
            int nonEmpty = sat[(y + d) * (pw + 1) + x + d] - sat[y * (pw + 1) + x + d]
                    - sat[(y + d) * (pw + 1) + x] + sat[y * (pw + 1) + x];
            if (nonEmpty == 0) {
                out[i] = 0;
                full = false;
                continue;
            }
            float[] kern = bank.kernels[kernelOf[i]];
            float s0 = 0;
            float s1 = 0;
            int base = y * pw + x;
            int kk = 0;
            for (int v = 0; v < d; v++) {
                int row = base + v * pw;
                int u = 0;
                for (; u + 1 < d; u += 2) {
                    s0 += kern[kk + u] * padded[row + u];
                    s1 += kern[kk + u + 1] * padded[row + u + 1];
                }
                for (; u < d; u++) {
                    s0 += kern[kk + u] * padded[row + u];
                }
                kk += d;
            }
            out[i] = s0 + s1;
        }
        return full;
    }
}
