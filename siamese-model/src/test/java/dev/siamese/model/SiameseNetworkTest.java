package dev.siamese.model;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.data.GrayImage;
import dev.siamese.engine.AdjacentStackVertex;
import dev.siamese.engine.JavaRmsProp;
import dev.siamese.spec.Activation;
import dev.siamese.spec.BranchPresets;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiameseNetworkTest {
    private static final int SIZE = 16;
    private static final ModelSpec DENSE = new ModelSpec(null, List.of(new LayerSpec.Flatten(),
            new LayerSpec.Dense(8, Activation.TANH), new LayerSpec.Dense(4, Activation.LINEAR)), 1.0);

    @Test
    void branchWeightsExistOnceAndDriveBothSides() {
        SiameseNetwork net = SiameseNetwork.create(DENSE, OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP),
                1, SIZE, SIZE);
        assertEquals((SIZE * SIZE * 8 + 8) + (8 * 4 + 4), net.parameterCount());

        List<GrayImage> left = TestImages.random(3, SIZE, 1);
        List<GrayImage> right = TestImages.random(3, SIZE, 2);
        INDArray before = net.pairOutputs(net.input(left), net.input(right)).dup();
        // change one weight of the first branch layer: both halves of every pair's output move
        INDArray w = net.graph().getLayer("branch0_dense").getParam("W");
        w.putScalar(0, 0, w.getDouble(0, 0) + 0.5);
        INDArray after = net.pairOutputs(net.input(left), net.input(right));
        for (int i = 0; i < 3; i++) {
            assertNotEquals(before.getDouble(i, 0), after.getDouble(i, 0), "left embedding of pair " + i);
            assertNotEquals(before.getDouble(i, 4), after.getDouble(i, 4), "right embedding of pair " + i);
        }
        // the same image on both sides lands on the 1e-7 floor: one function, not two
        double[] same = BatchedDistances.of(net, left, left);
        for (double d : same) {
            assertEquals(Math.sqrt(EmbeddingDistance.EPSILON), d, 1e-9);
        }
    }

    @Test
    void embeddingsAreTheBranchOutputPerImage() {
        SiameseNetwork net = SiameseNetwork.create(DENSE, OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM),
                3, SIZE, SIZE);
        List<GrayImage> images = TestImages.random(5, SIZE, 3); // odd on purpose
        INDArray e = net.embeddings(images);
        assertArrayEquals(new long[]{5, 4}, e.shape());
        INDArray pair = net.pairOutputs(net.input(images.subList(0, 1)), net.input(images.subList(4, 5)));
        assertEquals(pair.getDouble(0, 0), e.getDouble(0, 0), 1e-6);
        assertEquals(pair.getDouble(0, 4), e.getDouble(4, 0), 1e-6);
    }

    /**
     * DL4J divides the gradient by the mini-batch size in its updater; with stacked inputs that must be B pairs,
     * not 2B images. One plain SGD step must move each parameter by lr × ∂(mean loss)/∂θ.
     */
    @Test
    void oneStepFollowsTheGradientOfTheMeanOverPairs() {
        double lr = 0.1;
        OptimizerSpec sgd = new OptimizerSpec(OptimizerSpec.OptimizerType.SGD, lr, 0.9, 1e-7, 0.9, 0.999, 0);
        SiameseNetwork net = SiameseNetwork.create(DENSE, sgd, 5, SIZE, SIZE, DataType.DOUBLE);
        List<GrayImage> left = TestImages.random(4, SIZE, 5);
        List<GrayImage> right = TestImages.random(4, SIZE, 6);
        PairBatch batch = PairBatch.of(net.input(left).castTo(DataType.DOUBLE), net.input(right).castTo(DataType.DOUBLE),
                ImageTensors.labels(new int[]{1, 0, 1, 0}).castTo(DataType.DOUBLE));
        MultiDataSet data = new MultiDataSet(new INDArray[]{batch.left(), batch.right()}, new INDArray[]{batch.labels()});

        INDArray params = net.graph().params();
        long[] probes = {0, 17, 300, SIZE * SIZE * 8 + 3, params.length() - 1};
        double h = 1e-6;
        double[] numeric = new double[probes.length];
        for (int k = 0; k < probes.length; k++) {
            double orig = params.getDouble(probes[k]);
            params.putScalar(probes[k], orig + h);
            double plus = net.graph().score(data, false);
            params.putScalar(probes[k], orig - h);
            double minus = net.graph().score(data, false);
            params.putScalar(probes[k], orig);
            numeric[k] = (plus - minus) / (2 * h);
        }
        double[] before = new double[probes.length];
        for (int k = 0; k < probes.length; k++) {
            before[k] = params.getDouble(probes[k]);
        }
        net.fit(batch);
        INDArray updated = net.graph().params();
        for (int k = 0; k < probes.length; k++) {
            double step = (before[k] - updated.getDouble(probes[k])) / lr;
            assertEquals(numeric[k], step, 1e-6 + 1e-4 * Math.abs(numeric[k]), "parameter " + probes[k]);
        }
    }

    @Test
    void savedNetworkGivesIdenticalDistancesAndBytes(@TempDir Path dir) throws Exception {
        ModelSpec conv = new ModelSpec(null, List.of(
                new LayerSpec.Conv2d(2, 3, 3, 1, 1, LayerSpec.Padding.VALID, Activation.TANH),
                new LayerSpec.Pool(LayerSpec.PoolKind.AVG, 2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.BatchNorm(0.99, 1e-3),
                new LayerSpec.Dropout(0.3),
                new LayerSpec.Dense(4, Activation.TANH)), 1.5);
        SiameseNetwork net = SiameseNetwork.create(conv, OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP),
                7, SIZE, SIZE);
        List<GrayImage> left = TestImages.random(6, SIZE, 8);
        List<GrayImage> right = TestImages.random(6, SIZE, 9);
        net.fit(PairBatch.of(net.input(left), net.input(right), ImageTensors.labels(new int[]{1, 0, 1, 0, 1, 0})));

        Path a = dir.resolve("a.zip");
        Path b = dir.resolve("b.zip");
        net.save(a);
        Thread.sleep(2100); // zip timestamps have a 2-second resolution: must not leak into the bytes
        net.save(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        SiameseNetwork back = SiameseNetwork.load(a);
        assertArrayEquals(BatchedDistances.of(net, left, right), BatchedDistances.of(back, left, right));
        assertEquals(net.parameterCount(), back.parameterCount());
        assertEquals(1.5, back.margin());
        assertEquals(InputLayout.NCHW, back.metadata().layout());
        // batch norm after flatten normalises per feature (2 channels × 7 × 7), not per channel
        assertEquals(2 * 7 * 7, back.graph().getLayer("branch2_batchnorm").getParam("gamma").length());
        // the configuration keeps the project's own layers and updater through JSON
        assertEquals(JavaRmsProp.class, ((BaseLayer) back.graph()
                .getLayer("branch4_dense").conf().getLayer()).getIUpdater().getClass());
        assertEquals(AdjacentStackVertex.class, back.graph().getConfiguration().getVertices()
                .get(SiameseGraphFactory.STACK).getClass());
        assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".tmp")));
        assertTrue(BatchedDistances.of(net, left, right)[0] > 0);
    }

    /** The network gives the same outputs, bit for bit, whether its two inputs lie in one array or in two. */
    @Test
    void aPairGraphComputesTheSameFromOneArrayAsFromTwo() {
        for (String preset : List.of("dense-1", "conv")) {
            ModelSpec model = new ModelSpec(preset, BranchPresets.get(preset).orElseThrow(), 1.0);
            SiameseNetwork net = SiameseNetwork.create(model, OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP),
                    4, 32, 32);
            List<GrayImage> left = TestImages.random(3, 32, 8);
            List<GrayImage> right = TestImages.random(3, 32, 9);
            List<GrayImage> both = new ArrayList<>(left);
            both.addAll(right);
            PairBatch batch = new PairBatch(net.input(both), ImageTensors.labels(new int[]{1, 0, 1}));
            INDArray fromOne = net.pairOutputs(batch.left(), batch.right());
            INDArray fromTwo = net.pairOutputs(net.input(left), net.input(right));
            assertArrayEquals(fromTwo.data().asFloat(), fromOne.data().asFloat(), preset);
            assertEquals(net.input(both), batch.images(), "the network left its input as it was");
        }
    }
}
