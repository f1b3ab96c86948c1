package dev.siamese.engine;

import org.bytedeco.dnnl.const_dnnl_op_desc_t;
import org.bytedeco.dnnl.dnnl_convolution_desc_t;
import org.bytedeco.dnnl.dnnl_memory;
import org.bytedeco.dnnl.dnnl_memory_desc_t;
import org.bytedeco.dnnl.dnnl_primitive;
import org.bytedeco.dnnl.dnnl_primitive_desc;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.lang.ref.Cleaner;

import static dev.siamese.engine.OneDnn.check;
import static dev.siamese.engine.OneDnn.descriptor;
import static dev.siamese.engine.OneDnn.point;
import static dev.siamese.engine.OneDnn.start;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_BIAS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_BIAS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_WEIGHTS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_FROM;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_TO;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_WEIGHTS;
import static org.bytedeco.dnnl.global.dnnl.dnnl_convolution_auto;
import static org.bytedeco.dnnl.global.dnnl.dnnl_convolution_backward_data_desc_init;
import static org.bytedeco.dnnl.global.dnnl.dnnl_convolution_backward_weights_desc_init;
import static org.bytedeco.dnnl.global.dnnl.dnnl_convolution_forward_desc_init;
import static org.bytedeco.dnnl.global.dnnl.dnnl_format_tag_any;
import static org.bytedeco.dnnl.global.dnnl.dnnl_forward_training;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_desc_equal;
import static org.bytedeco.dnnl.global.dnnl.dnnl_nchw;
import static org.bytedeco.dnnl.global.dnnl.dnnl_oihw;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_desc_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_desc_query_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_query_diff_dst_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_query_diff_src_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_query_diff_weights_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_query_dst_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_query_src_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_query_weights_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_x;

/**
 * One 2-D convolution of one geometry (batch, channels, size, kernel, stride, padding) through oneDNN's own
 * primitives ({@link OneDnn}), created once and run on every call: the forward pass, the gradient of the input and
 * the gradients of the weights and bias. Tensors are ND4J's: NCHW activations, OIHW weights, dense and row-major.
 * Each goes into the layout oneDNN's kernel chose (blocked by 8 or 16 channels, or NHWC) by one reorder into a
 * buffer kept here, and each result comes back by one reorder; where the kernel takes ND4J's layout, no copy.
 * libnd4j's op wrappers, by contrast, build every primitive on every call, reorder each output into the kernel's
 * layout before the kernel overwrites it, and reorder the output gradient twice for the two backward kernels.
 * The native objects are freed when the plan is collected.
 */
final class OneDnnConvolution {
    private static final Cleaner CLEANER = Cleaner.create();

    /**
     * The shape of the convolution: input {@code [n, c, h, w]}, {@code f} filters of {@code kh × kw}, strides,
     * padding before the first row and column, output {@code [n, f, oh, ow]}.
     */
    record Geometry(long n, long c, long h, long w, long f, long kh, long kw, long sh, long sw, long padTop,
                    long padLeft, long oh, long ow, boolean bias) {
        long padBottom() {
            return (oh - 1) * sh - h + kh - padTop;
        }

        long padRight() {
            return (ow - 1) * sw - w + kw - padLeft;
        }

        /** Whether oneDNN takes it: no padding may be negative (a truncated last window). */
        boolean supported() {
            return padTop >= 0 && padLeft >= 0 && padBottom() >= 0 && padRight() >= 0;
        }

        long[] input() {
            return new long[]{n, c, h, w};
        }

        long[] weights() {
            return new long[]{f, c, kh, kw};
        }

        long[] output() {
            return new long[]{n, f, oh, ow};
        }

        long[] strides() {
            return new long[]{sh, sw};
        }

        /** The padding before the first row and column. */
        long[] padBefore() {
            return new long[]{padTop, padLeft};
        }

        /** The padding after the last row and column. */
        long[] padAfter() {
            return new long[]{padBottom(), padRight()};
        }
    }

    private final OneDnn dnn;
    private final Geometry g;
    private final OneDnn.Resources resources = new OneDnn.Resources();
    private final dnnl_primitive_desc forwardPd;
    private final dnnl_memory_desc_t inputUser;
    private final dnnl_memory_desc_t weightsUser;
    private final dnnl_memory_desc_t outputUser;
    private final dnnl_memory_desc_t biasUser;
    private Forward forward;
    private Backward backward;
    private long reusedInputs;

    OneDnnConvolution(OneDnn dnn, Geometry g) {
        if (!g.supported()) {
            throw new IllegalArgumentException("negative padding: " + g);
        }
        this.dnn = dnn;
        this.g = g;
        inputUser = descriptor(g.input(), dnnl_nchw);
        weightsUser = descriptor(g.weights(), dnnl_oihw);
        outputUser = descriptor(g.output(), dnnl_nchw);
        biasUser = descriptor(new long[]{g.f()}, dnnl_x);
        dnnl_convolution_desc_t desc = new dnnl_convolution_desc_t();
        check(dnnl_convolution_forward_desc_init(desc, dnnl_forward_training, dnnl_convolution_auto,
                any(g.input()), any(g.weights()), g.bias() ? biasUser : null, any(g.output()), g.strides(),
                g.padBefore(), g.padAfter()), "convolution");
        forwardPd = created(desc, null);
        CLEANER.register(this, resources);
    }

    Geometry geometry() {
        return g;
    }

    /** {@code output = input ⊛ weights + bias} ({@code bias} null where the geometry has none). */
    void forward(INDArray input, INDArray weights, INDArray bias, INDArray output) {
        if (forward == null) {
            forward = new Forward();
        }
        forward.run(input, weights, bias, output);
    }

    /**
     * The gradients for {@code outputGradient} (∂L/∂output): of the input into {@code inputGradient} unless it is
     * null, of the weights and the bias (unless null) into theirs.
     */
    void backward(INDArray input, INDArray weights, INDArray outputGradient, INDArray inputGradient,
                  INDArray weightsGradient, INDArray biasGradient) {
        if (backward == null || backward.data == null && inputGradient != null) {
            backward = new Backward(inputGradient != null);
        }
        backward.run(input, weights, outputGradient, inputGradient, weightsGradient, biasGradient);
    }

    /**
     * How many backward passes took the forward pass's copy of the input in the kernel's layout instead of
     * reordering the input again (for tests): where the layouts agree and the input is the one the last forward
     * pass read, at the same address. Between a training step's forward and backward passes nothing writes to a
     * layer's input (the layers before it run their backward passes later).
     */
    long reusedInputs() {
        return reusedInputs;
    }

    private static dnnl_memory_desc_t any(long[] dims) {
        return descriptor(dims, dnnl_format_tag_any);
    }

    private dnnl_primitive_desc created(dnnl_convolution_desc_t desc, dnnl_primitive_desc hint) {
        dnnl_primitive_desc pd = resources.add(new dnnl_primitive_desc());
        check(dnnl_primitive_desc_create(pd, new const_dnnl_op_desc_t(desc), null, dnn.engine(), hint),
                "convolution primitive");
        return pd;
    }

    /** A tensor in ND4J's layout and, where the kernel wants another, in the kernel's, with the reorder between. */
    private final class Side {
        final dnnl_memory user;
        final dnnl_memory kernel;
        final dnnl_primitive reorder;
        final OneDnn.Arguments reorderArguments;

        Side(dnnl_memory_desc_t userMd, dnnl_memory_desc_t kernelMd, boolean intoKernel) {
            user = dnn.user(userMd, resources);
            if (dnnl_memory_desc_equal(userMd, kernelMd) == 1) {
                kernel = user;
                reorder = null;
                reorderArguments = null;
            } else {
                kernel = dnn.allocated(kernelMd, resources);
                reorder = intoKernel
                        ? dnn.reorder(userMd, kernelMd, resources)
                        : dnn.reorder(kernelMd, userMd, resources);
                reorderArguments = new OneDnn.Arguments(2, resources)
                        .put(DNNL_ARG_FROM, intoKernel ? user : kernel).put(DNNL_ARG_TO, intoKernel ? kernel : user);
            }
        }

        /** Points at {@code array} and brings it into the kernel's layout. */
        void in(INDArray array) {
            point(user, array);
            reorder();
        }

        /** Points at {@code array}, where the result will go. */
        void target(INDArray array) {
            point(user, array);
        }

        /** Brings the kernel's result into the layout of the array {@link #target} pointed at. */
        void out() {
            reorder();
        }

        private void reorder() {
            if (reorder != null) {
                dnn.execute(reorder, reorderArguments);
            }
        }
    }

    private final class Forward {
        final dnnl_primitive conv = OneDnn.primitive(forwardPd, resources);
        final Side input = new Side(inputUser, dnnl_primitive_desc_query_md(forwardPd, dnnl_query_src_md, 0), true);
        final Side weights = new Side(weightsUser, dnnl_primitive_desc_query_md(forwardPd, dnnl_query_weights_md, 0),
                true);
        final Side output = new Side(outputUser, dnnl_primitive_desc_query_md(forwardPd, dnnl_query_dst_md, 0), false);
        final dnnl_memory bias = g.bias() ? dnn.user(biasUser, resources) : null;
        final OneDnn.Arguments arguments = new OneDnn.Arguments(4, resources).put(DNNL_ARG_SRC, input.kernel)
                .put(DNNL_ARG_WEIGHTS, weights.kernel).put(DNNL_ARG_DST, output.kernel).put(DNNL_ARG_BIAS, bias);
        /** Where the input of the last pass began, while its copy in the kernel's layout is still here; else 0. */
        long inputStart;

        void run(INDArray x, INDArray w, INDArray b, INDArray z) {
            input.in(x);
            inputStart = input.reorder != null ? start(x) : 0;
            weights.in(w);
            if (bias != null) {
                point(bias, b);
            }
            output.target(z);
            dnn.execute(conv, arguments);
            output.out();
        }
    }

    private final class Backward {
        final Data data;
        final dnnl_primitive_desc weightsPd;
        final dnnl_primitive weightsConv;
        final Side outputGradient;
        final Side input;
        final Side weightsGradient;
        final dnnl_memory biasGradient;
        final OneDnn.Arguments arguments;
        /** Whether the forward pass's copy of the input is in the layout this kernel wants. */
        final boolean forwardLayout;

        Backward(boolean withData) {
            dnnl_convolution_desc_t desc = new dnnl_convolution_desc_t();
            check(dnnl_convolution_backward_weights_desc_init(desc, dnnl_convolution_auto, any(g.input()),
                    any(g.weights()), g.bias() ? biasUser : null, any(g.output()), g.strides(), g.padBefore(),
                    g.padAfter()), "convolution");
            weightsPd = created(desc, forwardPd);
            weightsConv = OneDnn.primitive(weightsPd, resources);
            outputGradient = new Side(outputUser, dnnl_primitive_desc_query_md(weightsPd, dnnl_query_diff_dst_md, 0),
                    true);
            input = new Side(inputUser, dnnl_primitive_desc_query_md(weightsPd, dnnl_query_src_md, 0), true);
            weightsGradient = new Side(weightsUser,
                    dnnl_primitive_desc_query_md(weightsPd, dnnl_query_diff_weights_md, 0), false);
            biasGradient = g.bias() ? dnn.user(biasUser, resources) : null;
            arguments = new OneDnn.Arguments(4, resources).put(DNNL_ARG_SRC, input.kernel)
                    .put(DNNL_ARG_DIFF_DST, outputGradient.kernel).put(DNNL_ARG_DIFF_WEIGHTS, weightsGradient.kernel)
                    .put(DNNL_ARG_DIFF_BIAS, biasGradient);
            forwardLayout = dnnl_memory_desc_equal(dnnl_primitive_desc_query_md(weightsPd, dnnl_query_src_md, 0),
                    dnnl_primitive_desc_query_md(forwardPd, dnnl_query_src_md, 0)) == 1;
            data = withData ? new Data(outputGradient, weightsPd) : null;
        }

        void run(INDArray x, INDArray w, INDArray dz, INDArray dx, INDArray dw, INDArray db) {
            outputGradient.in(dz);
            if (dx != null) {
                data.run(dz, w, dx);
            }
            boolean reuse = forwardLayout && forward != null && forward.inputStart != 0
                    && forward.inputStart == start(x);
            if (reuse) {
                arguments.replace(DNNL_ARG_SRC, forward.input.kernel);
                reusedInputs++;
            } else {
                arguments.replace(DNNL_ARG_SRC, input.kernel);
                input.in(x);
            }
            weightsGradient.target(dw);
            if (biasGradient != null) {
                point(biasGradient, db);
            }
            dnn.execute(weightsConv, arguments);
            weightsGradient.out();
        }
    }

    /** The input gradient's kernel; shares the reordered output gradient where both kernels want one layout. */
    private final class Data {
        final dnnl_primitive conv;
        final Side outputGradient;
        final boolean shared;
        final Side weights;
        final Side inputGradient;
        final OneDnn.Arguments arguments;

        Data(Side weightsOutputGradient, dnnl_primitive_desc weightsPd) {
            dnnl_convolution_desc_t desc = new dnnl_convolution_desc_t();
            check(dnnl_convolution_backward_data_desc_init(desc, dnnl_convolution_auto, any(g.input()),
                    any(g.weights()), any(g.output()), g.strides(), g.padBefore(), g.padAfter()), "convolution");
            dnnl_primitive_desc pd = created(desc, forwardPd);
            conv = OneDnn.primitive(pd, resources);
            dnnl_memory_desc_t wanted = dnnl_primitive_desc_query_md(pd, dnnl_query_diff_dst_md, 0);
            shared = dnnl_memory_desc_equal(wanted,
                    dnnl_primitive_desc_query_md(weightsPd, dnnl_query_diff_dst_md, 0)) == 1;
            outputGradient = shared ? weightsOutputGradient : new Side(outputUser, wanted, true);
            weights = new Side(weightsUser, dnnl_primitive_desc_query_md(pd, dnnl_query_weights_md, 0), true);
            inputGradient = new Side(inputUser, dnnl_primitive_desc_query_md(pd, dnnl_query_diff_src_md, 0), false);
            arguments = new OneDnn.Arguments(3, resources).put(DNNL_ARG_DIFF_DST, outputGradient.kernel)
                    .put(DNNL_ARG_WEIGHTS, weights.kernel).put(DNNL_ARG_DIFF_SRC, inputGradient.kernel);
        }

        void run(INDArray dz, INDArray w, INDArray dx) {
            if (!shared) {
                outputGradient.in(dz);
            }
            weights.in(w);
            inputGradient.target(dx);
            dnn.execute(conv, arguments);
            inputGradient.out();
        }
    }
}
