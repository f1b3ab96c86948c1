package dev.siamese.train;

import dev.siamese.model.BatchedDistances;
import dev.siamese.history.EpochRecord;
import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.AugmentationSpec;
import dev.siamese.spec.EvaluationSpec;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.LossSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.PairStrategy;
import dev.siamese.spec.PairsSpec;
import dev.siamese.spec.ScheduleSpec;
import dev.siamese.spec.SplitSpec;
import dev.siamese.spec.SplitStrategy;
import dev.siamese.spec.StripesDatasetSpec;
import dev.siamese.spec.TrainingSpec;
import dev.siamese.spec.Activation;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityTrainingTest {
    @TempDir
    Path dir;

    private static ModelSpec cosface() {
        List<LayerSpec> branch = List.of(
                new LayerSpec.Conv2d(4, 3, 3, 2, 2, LayerSpec.Padding.SAME, Activation.LINEAR),
                new LayerSpec.BatchNorm(0.9, 1e-3),
                new LayerSpec.ActivationLayer(Activation.RELU),
                new LayerSpec.GlobalAvgPool(),
                new LayerSpec.Dense(8, Activation.LINEAR));
        return new ModelSpec(ModelSpec.ModelType.SIAMESE, null, branch, 1.0, Double.NaN,
                ModelSpec.WeightInit.GLOROT_UNIFORM, new LossSpec.MarginSoftmax(LossSpec.Kind.COSFACE, 16, 0.2));
    }

    private static TrainingSpec training(int epochs) {
        OptimizerSpec adam = OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM);
        return new TrainingSpec(adam, epochs, 8, null, 1e-4, new ScheduleSpec(ScheduleSpec.Type.COSINE, 1, 0.1, 1, 1),
                new AugmentationSpec(10, 0.05, 0.1, 0.1, 0.02), 1);
    }

    private PreparedDataset data(ExperimentSpec spec) {
        return TestDatasets.prepare(spec, dir.resolve("data"));
    }

    private static ExperimentSpec spec(int epochs) {
        StripesDatasetSpec stripes = TestDatasets.variedStripes(24, 8);
        return new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, "test", "", 7, stripes,
                new SplitSpec(0.25, SplitStrategy.BY_IMAGE, true), new PairsSpec(PairStrategy.BALANCED, 1.0 / 3),
                cosface(), training(epochs), new EvaluationSpec(0.5), List.of(), null, "{}");
    }

    @Test
    void trainsByFingerWithCosineDistanceAndReloadsWithTheSameDistances() throws Exception {
        ExperimentSpec spec = spec(6);
        PreparedDataset data = data(spec);
        TrainingResult result = new Trainer().train(spec, data);
        SiameseNetwork net = result.network();
        assertEquals(EmbeddingDistance.COSINE, net.metadata().distance());
        assertTrue(net.metadata().byIdentity());
        List<EpochRecord> epochs = result.history().epochs();
        assertEquals(6, epochs.size());
        assertTrue(Double.isNaN(epochs.get(0).validationLoss()), "no pair loss when trained by finger");
        assertTrue(epochs.get(5).trainLoss() < epochs.get(0).trainLoss(),
                "the loss falls: " + epochs.get(0).trainLoss() + " → " + epochs.get(5).trainLoss());
        // class weights stay unit vectors (the cosine head)
        ComputationGraph graph = net.graph();
        INDArray w = graph.getLayer("classes").getParam("W");
        INDArray norms = w.norm2(0);
        for (int j = 0; j < norms.length(); j++) {
            assertEquals(1.0, norms.getDouble(j), 1e-4, "class " + j + " weight norm");
        }
        var images = data.images().values().stream().map(l -> l.image()).toList();
        INDArray input = net.input(images.subList(0, 6));
        INDArray everyLayer = graph.feedForward(new INDArray[] {input}, false).get(net.metadata().embeddingVertex());
        assertArrayEquals(everyLayer.dup().data().asFloat(), net.embeddings(input).dup().data().asFloat(), 0f,
                "embeddings through the workspaces, stopping at the embedding, are the full feed-forward's");
        Path file = dir.resolve("model.zip");
        net.save(file);
        SiameseNetwork loaded = SiameseNetwork.load(file);
        assertEquals(net.metadata(), loaded.metadata());
        double[] before = BatchedDistances.of(net, images.subList(0, 4), images.subList(4, 8));
        double[] after = BatchedDistances.of(loaded, images.subList(0, 4), images.subList(4, 8));
        assertArrayEquals(before, after, 0.0);
        for (double d : before) {
            assertTrue(d >= -1e-6 && d <= 2 + 1e-6, "cosine distance in [0, 2]: " + d);
        }
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void trainsWithTheTripletLossOnPxKBatchesAndComparesByEuclideanDistanceOfUnitVectors() throws Exception {
        ModelSpec cos = cosface();
        ModelSpec triplet = new ModelSpec(cos.type(), null, cos.branch(), 1.0, Double.NaN, cos.weightInit(),
                new LossSpec.Triplet(0.3, LossSpec.Mining.SEMI_HARD));
        ExperimentSpec base = spec(6);
        TrainingSpec t = base.training();
        TrainingSpec pk = new TrainingSpec(t.optimizer(), t.epochs(), t.batchSize(), null, t.weightDecay(), t.schedule(),
                t.augmentation(), 1, 4);
        ExperimentSpec spec = new ExperimentSpec(base.schemaVersion(), base.name(), "", base.seed(), base.dataset(),
                base.split(), base.pairs(), triplet, pk, base.evaluation(), List.of(), null, "{}");
        PreparedDataset data = data(spec);
        TrainingResult result = new Trainer().train(spec, data);
        SiameseNetwork net = result.network();
        assertEquals(EmbeddingDistance.EUCLIDEAN, net.metadata().distance());
        assertEquals("loss", net.metadata().embeddingVertex(), "the loss layer outputs the normalised embedding");
        // Two stripe "fingers" are too few to show learning (fingerprints at CI size do: see the README);
        // here: every epoch trained, with finite losses, and the weights moved from their initialisation.
        List<EpochRecord> epochs = result.history().epochs();
        assertEquals(6, epochs.size());
        epochs.forEach(r -> assertTrue(Double.isFinite(r.trainLoss()) && r.trainLoss() >= 0, "loss " + r));
        SiameseNetwork fresh = SiameseNetwork.create(triplet, pk, spec.seed(), data.manifest().height(),
                data.manifest().width(), 2, DataType.FLOAT);
        assertTrue(!fresh.graph().params().equals(net.graph().params()), "training changed the weights");
        var images = data.images().values().stream().map(l -> l.image()).toList();
        INDArray e = net.embeddings(images.subList(0, 6));
        for (int i = 0; i < 6; i++) {
            assertEquals(1.0, e.getRow(i).norm2Number().doubleValue(), 1e-4, "embeddings are unit vectors");
        }
        Path file = dir.resolve("triplet.zip");
        net.save(file);
        SiameseNetwork loaded = SiameseNetwork.load(file);
        assertEquals(net.metadata(), loaded.metadata());
        double[] before = BatchedDistances.of(net, images.subList(0, 4), images.subList(4, 8));
        assertArrayEquals(before, BatchedDistances.of(loaded, images.subList(0, 4), images.subList(4, 8)), 0.0);
        for (double d : before) {
            assertTrue(d >= 0 && d <= 2 + 1e-6, "Euclidean distance of unit vectors in [0, 2]: " + d);
        }
    }

    @Test
    void rerunsAreBitIdenticalDespiteThePrefetchThread() {
        ExperimentSpec spec = spec(2);
        PreparedDataset data = data(spec);
        TrainingResult a = new Trainer().train(spec, data);
        TrainingResult b = new Trainer().train(spec, data);
        assertEquals(a.history(), b.history());
        assertEquals(a.network().graph().params(), b.network().graph().params());
    }
}
