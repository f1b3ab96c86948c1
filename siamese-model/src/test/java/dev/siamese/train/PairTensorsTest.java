package dev.siamese.train;

import dev.siamese.model.PairBatch;
import dev.siamese.model.InputLayout;
import dev.siamese.model.NetworkProcess;
import dev.siamese.model.PairTensors;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.BranchPresets;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ModelSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PairTensorsTest {
    @BeforeAll
    static void backend() {
        NetworkProcess.initialise();
    }

    /** Batches share one kept array: each, used before the next is built, holds its own images, left then right. */
    @Test
    void eachBatchHoldsItsPairsImagesLeftThenRight(@TempDir Path dir) {
        ModelSpec model = new ModelSpec("conv", BranchPresets.get("conv").orElseThrow(), 1.0);
        ExperimentSpec spec = TestDatasets.spec(TestDatasets.variedStripes(16, 8), model,
                TestDatasets.rmsprop(1e-3, 1, 4), 3);
        PreparedDataset data = TestDatasets.prepare(spec, dir.resolve("data"));
        PairTensors tensors = new PairTensors(data, InputLayout.NCHW);
        List<ImagePair> pairs = data.pairs().train();
        for (List<ImagePair> chunk : List.of(pairs.subList(0, 2), pairs.subList(2, 7), pairs.subList(7, 9))) {
            try (PairBatch batch = tensors.batch(chunk)) {
                assertEquals(chunk.size(), batch.size());
                assertArrayEquals(new long[]{2L * chunk.size(), 1, 16, 16}, batch.images().shape());
                for (int i = 0; i < chunk.size(); i++) {
                    assertArrayEquals(pixels(data, chunk.get(i).left()), row(batch, i), "left " + i);
                    assertArrayEquals(pixels(data, chunk.get(i).right()), row(batch, chunk.size() + i), "right " + i);
                    assertEquals(chunk.get(i).label(), batch.labels().getInt(i, 0));
                }
            }
        }
    }

    private static float[] pixels(PreparedDataset data, String file) {
        return data.images().get(file).image().toUnitFloats();
    }

    private static float[] row(PairBatch batch, int i) {
        return batch.images().slice(i).dup().data().asFloat();
    }
}
