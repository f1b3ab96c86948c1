package dev.siamese.engine;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;

/**
 * Batch normalisation's arithmetic on float tensors in native memory laid out {@code [n][c][hw]} (NCHW; a dense
 * layer's {@code [n][c]} is {@code hw = 1}): per-channel statistics, the affine normalisation (with the ReLU after
 * it, optionally), the backward pass.
 * <p>
 * A channel of a feature map is computed by one thread start to end: its {@code n} planes are gathered from native
 * memory into a per-thread heap block ({@link KernelBuffers}), every pass runs on that block, still in cache, and the
 * result is scattered back. So a layer reads and writes each tensor in native memory once, on every core; copying
 * whole tensors to the heap and back on the calling thread was a large part of the layer's time. The order of every sum is
 * fixed (float over a plane, eight accumulators the JIT keeps in registers; double across planes, in example order),
 * so results do not depend on how the channels were shared between threads. A rank-2 tensor (a few thousand
 * numbers) is copied whole and computed on the calling thread.
 */
final class BatchNormKernels {
    /** Below this many elements a channel loop stays on the calling thread. */
    private static final int PARALLEL_ELEMENTS = 1 << 15;

    private BatchNormKernels() {
    }

    /** A tensor's examples, channels and elements per channel plane (1 for rank 2). */
    record Extent(int n, int c, int hw) {
        int length() {
            return n * c * hw;
        }

        /** Where example {@code i}'s plane of channel {@code ch} starts. */
        int plane(int i, int ch) {
            return (i * c + ch) * hw;
        }
    }

    /** The normalisation's per-channel factor {@code γ / √(σ² + ε)}. */
    static float scale(float gamma, float variance, double epsilon) {
        return (float) (gamma / Math.sqrt(variance + epsilon));
    }

    /** The normalisation's per-channel offset {@code β − μ · scale}: {@code y = x · scale + shift}. */
    static float shift(float beta, float mean, float scale) {
        return beta - mean * scale;
    }

    /**
     * {@code y = x · scale[ch] + shift[ch]}, and with {@code relu} {@code max(x · scale[ch] + shift[ch], 0)}: libnd4j's
     * {@code RELU} values (NaN passes through; −0 comes out as +0). With {@code training} the batch's per-channel mean
     * and biased variance (two passes: the mean, then squared deviations from it) are computed first and written
     * into {@code mean} and {@code variance}; otherwise those hold the running statistics to normalise with.
     */
    static void forward(FloatBuffer x, FloatBuffer y, Extent e, float[] gamma, float[] beta, float[] mean,
            float[] variance, double epsilon, boolean training, boolean relu) {
        if (e.hw() == 1) {
            rowForward(x, y, e, gamma, beta, mean, variance, epsilon, training, relu);
            return;
        }
        int n = e.n();
        int hw = e.hw();
        double count = (double) n * hw;
        channels(e, ch -> {
            float[] block = KernelBuffers.current().slot(0, n * hw);
            gather(x, block, e, ch);
            if (training) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += planeSum(block, i * hw, hw);
                }
                float m = (float) (sum / count);
                double squares = 0;
                for (int i = 0; i < n; i++) {
                    squares += planeSquaredDeviations(block, i * hw, hw, m);
                }
                mean[ch] = m;
                variance[ch] = (float) (squares / count);
            }
            float a = scale(gamma[ch], variance[ch], epsilon);
            float b = shift(beta[ch], mean[ch], a);
            if (relu) {
                for (int j = 0; j < n * hw; j++) {
                    block[j] = Math.max(block[j] * a + b, 0f);
                }
            } else {
                for (int j = 0; j < n * hw; j++) {
                    block[j] = block[j] * a + b;
                }
            }
            scatter(block, y, e, ch);
        });
    }

    /**
     * The backward pass of {@code y = γ (x − μ) / σ + β} with the batch's own μ and σ² (training mode):
     * {@code dx = γ/σ · (dy − mean(dy) − (x − μ) · mean(dy · (x − μ)) / σ²)}, {@code dγ = Σ dy · (x − μ) / σ},
     * {@code dβ = Σ dy}, sums and means over the batch and the plane. With {@code relu} the incoming gradient is
     * that of the ReLU's output, and is first masked with {@code [y > 0]}, {@code y} computed again from {@code x}
     * exactly as {@link #forward} computed it: a product with 1 or 0, as {@link InPlaceBackpropReLU}'s.
     */
    static void backward(FloatBuffer x, FloatBuffer dy, FloatBuffer dx, Extent e, float[] gamma, float[] beta,
            float[] mean, float[] variance, double epsilon, boolean relu, float[] dGamma, float[] dBeta) {
        if (e.hw() == 1) {
            rowBackward(x, dy, dx, e, gamma, beta, mean, variance, epsilon, relu, dGamma, dBeta);
            return;
        }
        int n = e.n();
        int hw = e.hw();
        double count = (double) n * hw;
        channels(e, ch -> {
            KernelBuffers scratch = KernelBuffers.current();
            float[] xs = scratch.slot(0, n * hw);
            float[] g = scratch.slot(1, n * hw);
            gather(x, xs, e, ch);
            gather(dy, g, e, ch);
            float inverseStd = (float) (1.0 / Math.sqrt(variance[ch] + epsilon));
            if (relu) {
                float yScale = scale(gamma[ch], variance[ch], epsilon);
                float yShift = shift(beta[ch], mean[ch], yScale);
                for (int j = 0; j < n * hw; j++) {
                    g[j] *= step(xs[j] * yScale + yShift);
                }
            }
            float m = mean[ch];
            double sumDy = 0;
            double sumDyXmu = 0;
            for (int i = 0; i < n; i++) {
                sumDy += planeSum(g, i * hw, hw);
                sumDyXmu += planeDeviationDot(g, xs, i * hw, hw, m);
            }
            dGamma[ch] = (float) (sumDyXmu * inverseStd);
            dBeta[ch] = (float) sumDy;
            float a = gamma[ch] * inverseStd;
            float meanDy = (float) (sumDy / count);
            float k = (float) (sumDyXmu / count) * inverseStd * inverseStd;
            for (int j = 0; j < n * hw; j++) {
                g[j] = a * (g[j] - meanDy - (xs[j] - m) * k);
            }
            scatter(g, dx, e, ch);
        });
    }

    /** Channel {@code ch}'s {@code n} planes of {@code from}, back to back, into the start of {@code block}. */
    private static void gather(FloatBuffer from, float[] block, Extent e, int ch) {
        for (int i = 0; i < e.n(); i++) {
            from.get(e.plane(i, ch), block, i * e.hw(), e.hw());
        }
    }

    /** The inverse of {@link #gather}: absolute bulk writes, so threads may scatter into one buffer at once. */
    private static void scatter(float[] block, FloatBuffer to, Extent e, int ch) {
        for (int i = 0; i < e.n(); i++) {
            to.put(e.plane(i, ch), block, i * e.hw(), e.hw());
        }
    }

    private static void rowForward(FloatBuffer x, FloatBuffer y, Extent e, float[] gamma, float[] beta, float[] mean,
            float[] variance, double epsilon, boolean training, boolean relu) {
        int n = e.n();
        int c = e.c();
        float[] in = KernelBuffers.current().slot(0, e.length());
        x.get(0, in, 0, e.length());
        if (training) {
            rowStatistics(in, n, c, mean, variance);
        }
        float[] a = new float[c];
        float[] b = new float[c];
        for (int ch = 0; ch < c; ch++) {
            a[ch] = scale(gamma[ch], variance[ch], epsilon);
            b[ch] = shift(beta[ch], mean[ch], a[ch]);
        }
        for (int i = 0; i < n; i++) {
            int o = i * c;
            for (int ch = 0; ch < c; ch++) {
                float v = in[o + ch] * a[ch] + b[ch];
                in[o + ch] = relu ? Math.max(v, 0f) : v;
            }
        }
        y.put(0, in, 0, e.length());
    }

    private static void rowStatistics(float[] x, int n, int c, float[] mean, float[] variance) {
        double[] sum = new double[c];
        for (int i = 0; i < n; i++) {
            int o = i * c;
            for (int ch = 0; ch < c; ch++) {
                sum[ch] += x[o + ch];
            }
        }
        for (int ch = 0; ch < c; ch++) {
            mean[ch] = (float) (sum[ch] / n);
            sum[ch] = 0;
        }
        for (int i = 0; i < n; i++) {
            int o = i * c;
            for (int ch = 0; ch < c; ch++) {
                float d = x[o + ch] - mean[ch];
                sum[ch] += d * d;
            }
        }
        for (int ch = 0; ch < c; ch++) {
            variance[ch] = (float) (sum[ch] / n);
        }
    }

    private static void rowBackward(FloatBuffer xIn, FloatBuffer dyIn, FloatBuffer dxOut, Extent e, float[] gamma,
            float[] beta, float[] mean, float[] variance, double epsilon, boolean relu, float[] dGamma,
            float[] dBeta) {
        int n = e.n();
        int c = e.c();
        KernelBuffers scratch = KernelBuffers.current();
        float[] x = scratch.slot(0, e.length());
        float[] dy = scratch.slot(1, e.length());
        xIn.get(0, x, 0, e.length());
        dyIn.get(0, dy, 0, e.length());
        if (relu) {
            for (int ch = 0; ch < c; ch++) {
                float a = scale(gamma[ch], variance[ch], epsilon);
                float b = shift(beta[ch], mean[ch], a);
                for (int i = 0; i < n; i++) {
                    dy[i * c + ch] *= step(x[i * c + ch] * a + b);
                }
            }
        }
        double[] sumDy = new double[c];
        double[] sumDyXmu = new double[c];
        for (int i = 0; i < n; i++) {
            int o = i * c;
            for (int ch = 0; ch < c; ch++) {
                float g = dy[o + ch];
                sumDy[ch] += g;
                sumDyXmu[ch] += g * (x[o + ch] - mean[ch]);
            }
        }
        float[] a = new float[c];
        float[] meanDy = new float[c];
        float[] k = new float[c];
        for (int ch = 0; ch < c; ch++) {
            float inverseStd = (float) (1.0 / Math.sqrt(variance[ch] + epsilon));
            dGamma[ch] = (float) (sumDyXmu[ch] * inverseStd);
            dBeta[ch] = (float) sumDy[ch];
            a[ch] = gamma[ch] * inverseStd;
            meanDy[ch] = (float) (sumDy[ch] / n);
            k[ch] = (float) (sumDyXmu[ch] / n) * inverseStd * inverseStd;
        }
        for (int i = 0; i < n; i++) {
            int o = i * c;
            for (int ch = 0; ch < c; ch++) {
                dy[o + ch] = a[ch] * (dy[o + ch] - meanDy[ch] - (x[o + ch] - mean[ch]) * k[ch]);
            }
        }
        dxOut.put(0, dy, 0, e.length());
    }

    /**
     * {@code v > 0 ? 1 : 0} without a branch: any positive float, the smallest subnormal (2⁻¹⁴⁹) included, times
     * 2²⁵² is at least 1; zero stays 0 and negatives clamp to 0 (NaN stays NaN). A conditional would compile to a
     * branch per element, mispredicted about half the time on activations, and not vectorised.
     */
    private static float step(float v) {
        return Math.min(1f, Math.max(0f, v * 0x1p126f * 0x1p126f));
    }

    private static float planeSum(float[] v, int from, int length) {
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
        int j = from;
        int end = from + length;
        for (; j + 8 <= end; j += 8) {
            a0 += v[j];
            a1 += v[j + 1];
            a2 += v[j + 2];
            a3 += v[j + 3];
            a4 += v[j + 4];
            a5 += v[j + 5];
            a6 += v[j + 6];
            a7 += v[j + 7];
        }
        for (; j < end; j++) {
            a0 += v[j];
        }
        return ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
    }

    private static float planeSquaredDeviations(float[] v, int from, int length, float m) {
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
        int j = from;
        int end = from + length;
        for (; j + 8 <= end; j += 8) {
            float d0 = v[j] - m, d1 = v[j + 1] - m, d2 = v[j + 2] - m, d3 = v[j + 3] - m;
            float d4 = v[j + 4] - m, d5 = v[j + 5] - m, d6 = v[j + 6] - m, d7 = v[j + 7] - m;
            a0 += d0 * d0;
            a1 += d1 * d1;
            a2 += d2 * d2;
            a3 += d3 * d3;
            a4 += d4 * d4;
            a5 += d5 * d5;
            a6 += d6 * d6;
            a7 += d7 * d7;
        }
        for (; j < end; j++) {
            float d = v[j] - m;
            a0 += d * d;
        }
        return ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
    }

    /** {@code Σ g[j] · (x[j] − m)} over a plane. */
    private static float planeDeviationDot(float[] g, float[] x, int from, int length, float m) {
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        int j = from;
        int end = from + length;
        for (; j + 4 <= end; j += 4) {
            a0 += g[j] * (x[j] - m);
            a1 += g[j + 1] * (x[j + 1] - m);
            a2 += g[j + 2] * (x[j + 2] - m);
            a3 += g[j + 3] * (x[j + 3] - m);
        }
        for (; j < end; j++) {
            a0 += g[j] * (x[j] - m);
        }
        return (a0 + a1) + (a2 + a3);
    }

    private interface Channel {
        void compute(int ch);
    }

    private static void channels(Extent e, Channel body) {
        IntStream range = IntStream.range(0, e.c());
        if (e.length() >= PARALLEL_ELEMENTS) {
            range = range.parallel();
        }
        range.forEach(body::compute);
    }
}
