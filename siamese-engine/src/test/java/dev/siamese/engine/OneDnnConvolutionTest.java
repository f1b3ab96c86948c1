package dev.siamese.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OneDnnConvolutionTest {
    @BeforeAll
    static void backend() {
        Backends.initialise();
    }

    /** A convolution case: its geometry and whether libnd4j's op should work out the padding ("same" mode). */
    private record Case(String name, OneDnnConvolution.Geometry g, boolean same) {
    }

    private static final List<Case> CASES = List.of(
            // the matcher's second layer, scaled down: 12 channels (not a multiple of 16), stride 2
            new Case("12 channels, stride 2", new OneDnnConvolution.Geometry(4, 12, 16, 16, 24, 3, 3, 2, 2, 1, 1, 8, 8,
                    true), false),
            // a 3x3, stride-1 layer, where oneDNN may pick Winograd
            new Case("24 channels, stride 1", new OneDnnConvolution.Geometry(3, 24, 12, 12, 32, 3, 3, 1, 1, 1, 1, 12,
                    12, true), false),
            // the first layer: one channel, 5x5, stride 2, "same" padding (1 before, 2 after)
            new Case("1 channel, same", new OneDnnConvolution.Geometry(3, 1, 20, 20, 6, 5, 5, 2, 2, 1, 1, 10, 10,
                    true), true),
            new Case("no bias, unequal strides", new OneDnnConvolution.Geometry(2, 3, 13, 11, 5, 3, 2, 2, 1, 0, 0, 6,
                    10, false), false));

    /** A case's input, weights, bias (null without) and output gradient, filled from fixed seeds; x at an offset. */
    private record Tensors(INDArray x, INDArray w, INDArray b, INDArray dz) {
        static Tensors of(OneDnnConvolution.Geometry g) {
            return new Tensors(viewOf(1, g.input()), viewOf(2, g.weights()), g.bias() ? viewOf(3, 1, g.f()) : null,
                    viewOf(4, g.output()));
        }

        /** The weight gradient for {@code input} by {@code plan}, without the input gradient. */
        INDArray weightGradient(OneDnnConvolution plan, INDArray input) {
            INDArray dw = Nd4j.create(DataType.FLOAT, w.shape());
            plan.backward(input, w, dz, null, dw, b != null ? Nd4j.create(DataType.FLOAT, b.length()) : null);
            return dw;
        }
    }

    private static OneDnn runtime() {
        assumeTrue(OneDnn.runtime().isPresent(), "oneDNN's preset does not load here");
        return OneDnn.runtime().orElseThrow();
    }

    /** libnd4j's arguments: kernel, strides, padding, dilation, "same" mode, NCHW, OIHW weights. */
    private static int[] integerArguments(Case c) {
        OneDnnConvolution.Geometry g = c.g();
        return new int[]{(int) g.kh(), (int) g.kw(), (int) g.sh(), (int) g.sw(), (int) g.padTop(), (int) g.padLeft(),
                1, 1, c.same() ? 1 : 0, 0, 1};
    }

    /** {@code shape} filled from the seed, as a view at an offset into a larger buffer (as DL4J's parameters are). */
    private static INDArray viewOf(long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        INDArray flat = Nd4j.rand(DataType.FLOAT, n + 7).subi(0.5);
        return flat.get(NDArrayIndex.interval(7, n + 7)).reshape('c', shape);
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertTrue(expected.amaxNumber().doubleValue() > 1e-3, what);
        ArrayAssertions.assertCloseToScale(expected, actual, what);
    }

    @Test
    void forwardAndGradientsAgreeWithLibnd4jsConvolutionOps() {
        OneDnn dnn = runtime();
        long reused = 0;
        for (Case c : CASES) {
            OneDnnConvolution.Geometry g = c.g();
            assertTrue(g.supported(), c.name());
            Tensors t = Tensors.of(g);
            INDArray x = t.x();
            INDArray w = t.w();
            INDArray b = t.b();
            INDArray dz = t.dz();

            INDArray expected = Nd4j.create(DataType.FLOAT, g.output());
            INDArray[] inputs = b != null ? new INDArray[]{x, w, b.reshape(g.f())} : new INDArray[]{x, w};
            Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(inputs).addOutputs(expected)
                    .addIntegerArguments(integerArguments(c)).build());
            INDArray dx = Nd4j.create(DataType.FLOAT, g.input());
            INDArray dw = Nd4j.create(DataType.FLOAT, g.weights());
            INDArray db = Nd4j.create(DataType.FLOAT, g.f());
            INDArray[] bpInputs = b != null ? new INDArray[]{x, w, b.reshape(g.f()), dz} : new INDArray[]{x, w, dz};
            INDArray[] bpOutputs = b != null ? new INDArray[]{dx, dw, db} : new INDArray[]{dx, dw};
            Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(bpInputs).addOutputs(bpOutputs)
                    .addIntegerArguments(integerArguments(c)).build());

            OneDnnConvolution plan = new OneDnnConvolution(dnn, g);
            INDArray z = Nd4j.create(DataType.FLOAT, g.output());
            plan.forward(x, w, b, z);
            assertClose(expected, z, c.name() + ": output");
            INDArray ourDx = Nd4j.create(DataType.FLOAT, g.input());
            INDArray ourDw = viewOf(5, g.weights()); // overwritten, at an offset
            INDArray ourDb = b != null ? viewOf(6, 1, g.f()) : null;
            plan.backward(x, w, dz, ourDx, ourDw, ourDb); // may take the forward pass's copy of x
            reused += plan.reusedInputs();
            assertClose(dx, ourDx, c.name() + ": input gradient");
            assertClose(dw, ourDw, c.name() + ": weight gradient");
            if (b != null) {
                assertClose(db, ourDb.reshape(g.f()), c.name() + ": bias gradient");
            }

            // again, and without the input gradient on a plan that never ran forward: the same bits
            INDArray z2 = Nd4j.create(DataType.FLOAT, g.output());
            plan.forward(x, w, b, z2);
            assertEquals(z, z2, c.name());
            INDArray dw2 = Nd4j.create(DataType.FLOAT, g.weights());
            INDArray db2 = b != null ? Nd4j.create(DataType.FLOAT, 1, g.f()) : null;
            OneDnnConvolution backwardOnly = new OneDnnConvolution(dnn, g);
            backwardOnly.backward(x, w, dz, null, dw2, db2);
            assertEquals(0, backwardOnly.reusedInputs());
            assertEquals(0.0, ourDw.sub(dw2).amaxNumber().doubleValue(), 0.0, c.name());
            if (b != null) {
                assertEquals(0.0, ourDb.sub(db2).amaxNumber().doubleValue(), 0.0, c.name());
            }
        }
        assertTrue(reused > 0, "no backward pass took the forward pass's copy of its input");
    }

    @Test
    void aBackwardPassOnAnotherInputReordersItsOwn() {
        OneDnn dnn = runtime();
        int checked = 0;
        for (Case c : CASES) {
            OneDnnConvolution.Geometry g = c.g();
            Tensors t = Tensors.of(g);
            OneDnnConvolution plan = new OneDnnConvolution(dnn, g);
            plan.forward(t.x(), t.w(), t.b(), Nd4j.create(DataType.FLOAT, g.output()));
            t.weightGradient(plan, t.x());
            if (plan.reusedInputs() == 0) {
                continue; // the kernels want the input in different layouts: nothing to take
            }
            checked++;
            plan.forward(t.x(), t.w(), t.b(), Nd4j.create(DataType.FLOAT, g.output()));
            INDArray other = viewOf(7, g.input());
            INDArray dw = t.weightGradient(plan, other);
            assertEquals(1, plan.reusedInputs(), c.name());
            assertEquals(t.weightGradient(new OneDnnConvolution(dnn, g), other), dw, c.name());
        }
        assertTrue(checked > 0, "no case took the forward pass's copy of its input");
    }

    @Test
    void aTruncatedLastWindowIsLeftToLibnd4j() {
        // 5 rows, kernel 2, stride 2, no padding: 2 output rows, the fifth input row unused (padding -1 after)
        OneDnnConvolution.Geometry g = new OneDnnConvolution.Geometry(1, 1, 5, 5, 1, 2, 2, 2, 2, 0, 0, 2, 2, false);
        assertFalse(g.supported());
        assertThrows(IllegalArgumentException.class, () -> new OneDnnConvolution(runtime(), g));
    }

    @Test
    void takesDenseRowMajorFloatArraysOnly() {
        INDArray a = Nd4j.rand(DataType.FLOAT, 4, 1, 3, 5);
        assertTrue(OneDnn.dense(a));
        assertTrue(OneDnn.dense(a.get(NDArrayIndex.interval(1, 3)))); // whole rows: contiguous
        assertTrue(OneDnn.dense(Nd4j.createFromArray(1f, 2f, 3f, 4f))); // rank 1
        assertFalse(OneDnn.dense(a.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(),
                NDArrayIndex.interval(0, 2)))); // gaps between rows
        assertFalse(OneDnn.dense(a.permute(0, 1, 3, 2)));
        assertFalse(OneDnn.dense(a.castTo(DataType.DOUBLE)));
        INDArray z = Nd4j.create(DataType.FLOAT, 1, 1, 2, 2);
        OneDnnConvolution plan = new OneDnnConvolution(runtime(),
                new OneDnnConvolution.Geometry(1, 1, 3, 3, 1, 2, 2, 1, 1, 0, 0, 2, 2, false));
        INDArray strided = Nd4j.rand(DataType.FLOAT, 1, 1, 3, 6).get(NDArrayIndex.all(), NDArrayIndex.all(),
                NDArrayIndex.all(), NDArrayIndex.interval(0, 3));
        assertThrows(IllegalArgumentException.class,
                () -> plan.forward(strided, Nd4j.rand(DataType.FLOAT, 1, 1, 2, 2), null, z));
    }
}
