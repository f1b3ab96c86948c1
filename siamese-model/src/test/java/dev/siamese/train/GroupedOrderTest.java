package dev.siamese.train;

import dev.siamese.model.InputLayout;
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
import dev.siamese.spec.SplitSpec;
import dev.siamese.spec.SplitStrategy;
import dev.siamese.spec.TrainingSpec;
import dev.siamese.spec.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** P×K order: runs of K images of one finger, every image at least once, seeded. */
class GroupedOrderTest {
    @TempDir
    Path dir;

    private IdentityBatches batches() {
        ModelSpec model = new ModelSpec(ModelSpec.ModelType.SIAMESE, null,
                List.of(new LayerSpec.Flatten(), new LayerSpec.Dense(4, Activation.LINEAR)), 1.0, Double.NaN,
                ModelSpec.WeightInit.GLOROT_UNIFORM, new LossSpec.Triplet(0.2, LossSpec.Mining.BATCH_HARD));
        ExperimentSpec spec = new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, "test", "", 7,
                TestDatasets.variedStripes(16, 7), new SplitSpec(0.25, SplitStrategy.BY_IMAGE, true),
                new PairsSpec(PairStrategy.BALANCED, 1.0 / 3), model,
                new TrainingSpec(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 1, 8, null), new EvaluationSpec(0.5),
                List.of(), null, "{}");
        PreparedDataset data = TestDatasets.prepare(spec, dir.resolve("data"));
        return new IdentityBatches(data, InputLayout.FLAT, AugmentationSpec.NONE);
    }

    @Test
    void runsOfKShareAFingerAndCoverEveryImage() {
        IdentityBatches batches = batches();
        int k = 4;
        List<Integer> order = batches.groupedOrder(new Random(1), k);
        assertEquals(0, order.size() % k);
        assertEquals(new HashSet<>(batches.order(new Random(0))), new HashSet<>(order), "every image at least once");
        for (int from = 0; from < order.size(); from += k) {
            INDArray labels = batches.batch(order.subList(from, from + k), new Random(0)).labels();
            Set<Integer> fingers = new HashSet<>();
            for (int i = 0; i < k; i++) {
                fingers.add(labels.getRow(i).argMax().getInt(0));
            }
            assertEquals(1, fingers.size(), "group at " + from + " holds one finger");
        }
        assertEquals(order, batches.groupedOrder(new Random(1), k), "same seed, same order");
        assertTrue(!order.equals(batches.groupedOrder(new Random(2), k)), "another seed, another order");
    }
}
