package dev.siamese.engine;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A 2-D convolution's weight and bias gradients alone, for a layer whose input gradient nobody reads (the
 * branch's first layer, fed by the images). libnd4j's oneDNN {@code conv2d_bp} always computes the input
 * gradient too, and with one input channel oneDNN pads it to a vector's width: a large part of a matcher step
 * before this class (figures: its commit message; src/site/markdown/performance.md).
 *
 * <p>Computed directly on the heap, without unrolling the input into patches (which for synthetic-conv-deep's
 * first layer, 8 filters of 5×5 at stride 1 on 128×128, is 25 values per output position and example to write,
 * copy to native memory and read again). Each example's input is first copied into one plane per input channel, kernel column and row phase,
 * holding under output position (y, x) the input pixel that tap (row phase, column) sees: the products of δ's
 * plane and such a plane, shifted by the kernel row, are then consecutive elements, added per output position into
 * accumulators of {@value #TILE} positions at a time, a loop the JIT vectorises. Examples are taken
 * {@value #GROUP} at a time, in float; each group's sums are added in double, groups in order, so the result does
 * not depend on how many threads ran. NCHW, dilation 1.
 */
final class ConvolutionWeightGradient {
    /** Examples accumulated in float before their sums are added, in double, to the others'. */
    static final int GROUP = 4;
    /** Output positions accumulated at a time: one filter's accumulators stay in the core's first caches. */
    static final int TILE = 512;

    private ConvolutionWeightGradient() {
    }

    /** The kernel's geometry: size, stride and the padding before the first row and column. */
    record Geometry(int kernelHeight, int kernelWidth, int strideHeight, int strideWidth, int padTop, int padLeft) {
    }

    /** The sizes of one call: input {@code [n, ic, h, w]}, δ {@code [n, oc, oh, ow]}, kernel. */
    private record Shape(int n, int ic, int h, int w, int oc, int oh, int ow, Geometry k) {
        int patch() {
            return ic * k.kernelHeight() * k.kernelWidth();
        }

        /** Rows of each plane: ⌈h / vertical stride⌉. */
        int planeRows() {
            return (h + k.strideHeight() - 1) / k.strideHeight();
        }

        /** Where the plane of input channel c, kernel column b and row phase p starts. */
        int planeStart(int c, int b, int p) {
            return ((c * k.kernelWidth() + b) * k.strideHeight() + p) * planeRows() * ow;
        }
    }

    /**
     * Writes the gradients of the loss with respect to the weights {@code [oc, ic, kh, kw]} into
     * {@code weightGradient} and, when not null, with respect to the bias into {@code biasGradient}.
     *
     * @param input the layer's input {@code [n, ic, h, w]}
     * @param delta the gradient at the pre-activation {@code [n, oc, oh, ow]}
     */
    static void compute(INDArray input, INDArray delta, Geometry k, INDArray weightGradient, INDArray biasGradient) {
        Shape s = new Shape((int) input.size(0), (int) input.size(1), (int) input.size(2), (int) input.size(3),
                (int) delta.size(1), (int) delta.size(2), (int) delta.size(3), k);
        FloatBuffer in = NativeFloats.buffer(input);
        FloatBuffer d = NativeFloats.buffer(delta);
        int groups = (s.n() + GROUP - 1) / GROUP;
        double[][] sums = new double[groups][];
        IntStream.range(0, groups).parallel().forEach(g -> sums[g] = group(g, in, d, s));
        int weights = s.oc() * s.patch();
        float[] totals = new float[weights + s.oc()];
        for (int j = 0; j < totals.length; j++) {
            double total = 0;
            for (double[] groupSums : sums) {
                total += groupSums[j];
            }
            totals[j] = (float) total;
        }
        NativeFloats.assign(Arrays.copyOf(totals, weights), weightGradient);
        if (biasGradient != null) {
            NativeFloats.assign(Arrays.copyOfRange(totals, weights, totals.length), biasGradient);
        }
    }

    /** Group {@code g}'s weight sums ({@code [oc][patch]}) followed by its bias sums ({@code [oc]}). */
    private static double[] group(int g, FloatBuffer in, FloatBuffer d, Shape s) {
        int patch = s.patch();
        int inputSize = s.ic() * s.h() * s.w();
        int deltaSize = s.oc() * s.oh() * s.ow();
        KernelBuffers scratch = KernelBuffers.current();
        float[] x = scratch.slot(0, inputSize);
        float[] planes = scratch.slot(1, s.planeStart(s.ic(), 0, 0));
        float[] delta = scratch.slot(2, deltaSize);
        // per filter: patch rows of TILE accumulators for the weights and one for the bias; then δ's tile of
        // each filter; then the tile of a plane
        int accumulators = s.oc() * (patch + 1);
        float[][] rows = scratch.rows(accumulators + s.oc() + 1, TILE);
        for (int j = 0; j < accumulators; j++) {
            Arrays.fill(rows[j], 0, TILE, 0f);
        }
        for (int i = g * GROUP; i < Math.min(s.n(), (g + 1) * GROUP); i++) {
            in.get(i * inputSize, x, 0, inputSize);
            d.get(i * deltaSize, delta, 0, deltaSize);
            fillPlanes(x, planes, s);
            accumulate(planes, delta, rows, s);
        }
        double[] sums = new double[accumulators];
        for (int o = 0; o < s.oc(); o++) {
            for (int j = 0; j <= patch; j++) {
                float[] acc = rows[o * (patch + 1) + j];
                double sum = 0;
                for (int u = 0; u < TILE; u++) {
                    sum += acc[u];
                }
                sums[j < patch ? o * patch + j : s.oc() * patch + o] = sum;
            }
        }
        return sums;
    }

    /**
     * Plane (c, b, p), row j, column x ← input channel c, row j·strideHeight + p, column x·strideWidth + b − padLeft
     * (0 outside the input).
     */
    private static void fillPlanes(float[] x, float[] planes, Shape s) {
        Geometry k = s.k();
        int ow = s.ow();
        for (int c = 0; c < s.ic(); c++) {
            for (int b = 0; b < k.kernelWidth(); b++) {
                for (int p = 0; p < k.strideHeight(); p++) {
                    int start = s.planeStart(c, b, p);
                    for (int j = 0; j < s.planeRows(); j++) {
                        int r = j * k.strideHeight() + p;
                        int to = start + j * ow;
                        if (r >= s.h()) {
                            Arrays.fill(planes, to, to + ow, 0f);
                            continue;
                        }
                        int from = (c * s.h() + r) * s.w();
                        for (int xo = 0; xo < ow; xo++) {
                            int col = xo * k.strideWidth() + b - k.padLeft();
                            planes[to + xo] = col >= 0 && col < s.w() ? x[from + col] : 0f;
                        }
                    }
                }
            }
        }
    }

    /**
     * One example's products of δ and the input under each kernel tap, added per output position into the
     * accumulator rows: filter o's tap j is row {@code o·(patch + 1) + j}, its bias row
     * {@code o·(patch + 1) + patch}; the {@code oc} rows after them take δ's tile, the last one the plane's.
     */
    private static void accumulate(float[] planes, float[] delta, float[][] rows, Shape s) {
        Geometry k = s.k();
        int kh = k.kernelHeight();
        int kw = k.kernelWidth();
        int ow = s.ow();
        int oc = s.oc();
        int positions = s.oh() * ow;
        int patch = s.patch();
        int deltas = oc * (patch + 1);
        float[] plane = rows[deltas + oc];
        for (int t0 = 0; t0 < positions; t0 += TILE) {
            int length = Math.min(TILE, positions - t0);
            for (int o = 0; o < oc; o++) {
                float[] dTile = rows[deltas + o];
                System.arraycopy(delta, o * positions + t0, dTile, 0, length);
                float[] bias = rows[o * (patch + 1) + patch];
                for (int u = 0; u < length; u++) {
                    bias[u] += dTile[u];
                }
            }
            for (int a = 0; a < kh; a++) {
                // kernel row a under output row y reads input row
                // y·strideHeight + a − padTop = (y + q)·strideHeight + p
                int shift = a - k.padTop();
                int p = Math.floorMod(shift, k.strideHeight());
                int q = Math.floorDiv(shift, k.strideHeight());
                int rowsOfPhase = (s.h() - p + k.strideHeight() - 1) / k.strideHeight();
                int from = Math.max(t0, Math.max(0, -q) * ow) - t0;
                int to = Math.min(t0 + length, Math.min(s.oh(), rowsOfPhase - q) * ow) - t0;
                if (from >= to) {
                    continue;
                }
                for (int c = 0; c < s.ic(); c++) {
                    for (int b = 0; b < kw; b++) {
                        System.arraycopy(planes, s.planeStart(c, b, p) + t0 + q * ow + from, plane, from, to - from);
                        int tap = (c * kh + a) * kw + b;
                        for (int o = 0; o < oc; o++) {
                            float[] acc = rows[o * (patch + 1) + tap];
                            float[] dTile = rows[deltas + o];
                            for (int u = from; u < to; u++) {
                                acc[u] += dTile[u] * plane[u];
                            }
                        }
                    }
                }
            }
        }
    }
}
