package dev.siamese.model;

import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.stream.IntStream;

/**
 * A 2-D convolution's weight and bias gradients alone, for a layer whose input gradient nobody reads (the
 * branch's first layer, fed by the images). libnd4j's oneDNN {@code conv2d_bp} always computes the input
 * gradient too, and with one input channel oneDNN pads it to a vector's width: 58 ms of a matcher step
 * ([64, 1, 128, 128], 12 filters of 5×5, stride 2). Here: the input unrolled into patches on the heap
 * ({@code [n·oh·ow, ic·kh·kw]}), δ rearranged to {@code [oc, n·oh·ow]} (summed per filter on the way: the bias
 * gradient), one GEMM. NCHW, dilation 1.
 */
final class ConvolutionWeightGradient {
    private ConvolutionWeightGradient() {
    }

    /** The kernel's geometry: size, stride and the padding before the first row and column. */
    record Geometry(int kernelHeight, int kernelWidth, int strideHeight, int strideWidth, int padTop, int padLeft) {
    }

    /**
     * Writes the gradients of the loss with respect to the weights {@code [oc, ic, kh, kw]} into
     * {@code weightGradient} and, when not null, with respect to the bias into {@code biasGradient}.
     *
     * @param input the layer's input {@code [n, ic, h, w]}
     * @param delta the gradient at the pre-activation {@code [n, oc, oh, ow]}
     */
    static void compute(INDArray input, INDArray delta, Geometry k, INDArray weightGradient, INDArray biasGradient,
            LayerWorkspaceMgr workspaceMgr) {
        int n = (int) input.size(0);
        int ic = (int) input.size(1);
        int h = (int) input.size(2);
        int w = (int) input.size(3);
        int oc = (int) delta.size(1);
        int oh = (int) delta.size(2);
        int ow = (int) delta.size(3);
        int patch = ic * k.kernelHeight() * k.kernelWidth();
        int positions = n * oh * ow;
        HeapScratch scratch = HeapScratch.current();
        float[] x = scratch.slot(0, n * ic * h * w);
        float[] d = scratch.slot(1, oc * positions);
        float[] dT = scratch.slot(2, oc * positions);
        float[] columns = scratch.slot(3, positions * patch);
        NativeFloats.read(input, x);
        NativeFloats.read(delta, d);
        double[] biasSums = transpose(d, dT, n, oc, oh * ow);
        unroll(x, columns, n, ic, h, w, oh, ow, k);

        INDArray deltaRows = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT,
                new long[]{oc, positions}, 'c');
        INDArray patches = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT,
                new long[]{positions, patch}, 'c');
        NativeFloats.write(dT, deltaRows);
        NativeFloats.write(columns, patches);
        INDArray product = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT,
                new long[]{oc, patch}, 'c');
        Nd4j.gemm(deltaRows, patches, product, false, false, 1.0, 0.0);
        weightGradient.assign(product.reshape(weightGradient.shape()));
        if (biasGradient != null) {
            float[] b = new float[oc];
            for (int o = 0; o < oc; o++) {
                b[o] = (float) biasSums[o];
            }
            NativeFloats.assign(b, biasGradient);
        }
    }

    /** {@code [n][oc][plane]} → {@code [oc][n][plane]}; returns each filter's sum. */
    private static double[] transpose(float[] d, float[] dT, int n, int oc, int plane) {
        double[] sums = new double[oc];
        for (int o = 0; o < oc; o++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                int from = (i * oc + o) * plane;
                int to = (o * n + i) * plane;
                System.arraycopy(d, from, dT, to, plane);
                float s = 0;
                for (int j = 0; j < plane; j++) {
                    s += d[from + j];
                }
                sum += s;
            }
            sums[o] = sum;
        }
        return sums;
    }

    /** im2col: row {@code (i·oh + y)·ow + x} holds the patch under output position (y, x) of example i. */
    private static void unroll(float[] in, float[] columns, int n, int ic, int h, int w, int oh, int ow, Geometry k) {
        int kh = k.kernelHeight();
        int kw = k.kernelWidth();
        int patch = ic * kh * kw;
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int y = 0; y < oh; y++) {
                for (int xo = 0; xo < ow; xo++) {
                    int row = ((i * oh + y) * ow + xo) * patch;
                    int top = y * k.strideHeight() - k.padTop();
                    int left = xo * k.strideWidth() - k.padLeft();
                    for (int c = 0; c < ic; c++) {
                        int plane = (i * ic + c) * h * w;
                        for (int a = 0; a < kh; a++) {
                            int r = top + a;
                            int col = row + (c * kh + a) * kw;
                            if (r < 0 || r >= h) {
                                for (int b = 0; b < kw; b++) {
                                    columns[col + b] = 0f;
                                }
                                continue;
                            }
                            int base = plane + r * w;
                            for (int b = 0; b < kw; b++) {
                                int cIdx = left + b;
                                columns[col + b] = cIdx < 0 || cIdx >= w ? 0f : in[base + cIdx];
                            }
                        }
                    }
                }
            }
        });
    }
}
