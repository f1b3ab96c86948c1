package dev.siamese.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.ops.transforms.Transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaRmsPropTest {
    private static final int N = 3 * JavaRmsPropUpdater.CHUNK + 77; // several chunks and a short last one

    @BeforeAll
    static void backend() {
        Backends.initialise();
    }

    /** Three steps of ours against three of DL4J's, from the same state; {@code scale} sets the gradients' size. */
    private static void assertMatchesDl4j(double scale) {
        Nd4j.getRandom().setSeed(11);
        INDArray state = Nd4j.create(DataType.FLOAT, 1, N);
        INDArray theirState = state.dup();
        GradientUpdater ours = new JavaRmsProp(1e-3, 0.9, 1e-7).instantiate(state, true);
        GradientUpdater theirs = new RmsProp(1e-3, 0.9, 1e-7).instantiate(theirState, true);
        for (int step = 0; step < 3; step++) {
            INDArray g = Nd4j.rand(DataType.FLOAT, 1, N).subi(0.5).muli(scale);
            INDArray mine = g.dup();
            INDArray dl4j = g.dup();
            ours.applyUpdater(mine, step, 0);
            theirs.applyUpdater(dl4j, step, 0);
            assertClose(dl4j, mine, "update at step " + step);
            assertClose(theirState, state, "state at step " + step);
        }
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        INDArray scale = Transforms.abs(expected).addi(1e-30);
        double relative = Transforms.abs(expected.sub(actual)).divi(scale).maxNumber().doubleValue();
        assertTrue(relative < 1e-5, what + ": relative difference " + relative);
    }

    @Test
    void givesDl4jsUpdatesAndState() {
        assertMatchesDl4j(1.0);
    }

    @Test
    void givesDl4jsUpdatesWhereEpsilonMatters() {
        assertMatchesDl4j(1e-6); // √s is then of the order of ε: the two places ε could go differ by far more than 1e-5
    }

    @Test
    void updatesAViewOfAFlatGradientAndNothingAroundIt() {
        INDArray flat = Nd4j.rand(DataType.FLOAT, 1, N + 10);
        INDArray before = flat.dup();
        INDArray view = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(4, N + 4));
        INDArray state = Nd4j.create(DataType.FLOAT, 1, N);
        INDArray expected = view.dup();
        new RmsProp(1e-3, 0.9, 1e-7).instantiate(Nd4j.create(DataType.FLOAT, 1, N), true).applyUpdater(expected, 0, 0);
        new JavaRmsProp(1e-3, 0.9, 1e-7).instantiate(state, true).applyUpdater(view, 0, 0);
        assertClose(expected, view.dup(), "update");
        for (long i : new long[]{0, 1, 2, 3, N + 4, N + 9}) {
            assertEquals(before.getFloat(0, i), flat.getFloat(0, i), "element " + i + " outside the view");
        }
    }

    @Test
    void sameInputsGiveTheSameBits() {
        INDArray g = Nd4j.rand(DataType.FLOAT, 1, N);
        float[][] out = new float[2][];
        for (int run = 0; run < 2; run++) {
            INDArray state = Nd4j.create(DataType.FLOAT, 1, N).addi(0.25);
            INDArray mine = g.dup();
            new JavaRmsProp(1e-3, 0.9, 1e-7).instantiate(state, false).applyUpdater(mine, 0, 0);
            out[run] = mine.data().asFloat();
        }
        assertArrayEquals(out[0], out[1]);
    }

    @Test
    void keepsItsClassThroughClone() {
        JavaRmsProp conf = new JavaRmsProp(2e-3, 0.8, 1e-6);
        assertEquals(conf, conf.clone());
        assertEquals(JavaRmsProp.class, conf.clone().getClass());
        assertTrue(!conf.equals(new RmsProp(2e-3, 0.8, 1e-6)), "not DL4J's own updater");
    }
}
