package dev.siamese.experiment;

import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.Activation;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.train.BestSoFar;
import dev.siamese.train.Checkpoint;
import dev.siamese.train.EpochProgress;
import dev.siamese.history.EpochRecord;
import dev.siamese.train.TrainingListener;
import dev.siamese.train.TrainingTimings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileCheckpointStoreTest {
    @TempDir
    Path dir;

    private static Checkpoint checkpoint(int epoch) {
        SiameseNetwork net = SiameseNetwork.create(new ModelSpec("t", List.of(new LayerSpec.Flatten(),
                new LayerSpec.Dense(4, Activation.RELU)), 1.0),
                OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 1, 8, 8);
        return new Checkpoint(net, epoch, List.of(new EpochRecord(1, 0.5, 0.4, 0.6, 0.7)), 11, 22);
    }

    @Test
    void keepsTheCheckpointOfThisTrainingOnly() throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(dir, "abc", 0);
        Checkpoint saved = checkpoint(3);
        store.save(saved);
        Checkpoint loaded = store.load().orElseThrow();
        assertEquals(3, loaded.epoch());
        assertEquals(saved.history(), loaded.history());
        assertEquals(11, loaded.rngRoot());
        assertEquals(22, loaded.rngNode());
        assertEquals(saved.network().graph().params(), loaded.network().graph().params());
        assertTrue(new FileCheckpointStore(dir, "another spec", 0).load().isEmpty(), "another fingerprint");
        // a model replaced after its state was written (a kill between the two files) is not taken
        Files.write(dir.resolve(FileCheckpointStore.FOLDER).resolve("model.zip"), new byte[] {1, 2, 3});
        assertTrue(new FileCheckpointStore(dir, "abc", 0).load().isEmpty());
        store.clear();
        assertFalse(Files.exists(dir.resolve(FileCheckpointStore.FOLDER)));
    }

    @Test
    void keepsTheBestEpochsNetworkBesideTheLastOne() throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(dir, "abc", 0);
        Checkpoint last = checkpoint(3);
        SiameseNetwork bestNet = checkpoint(1).network();
        bestNet.graph().params().addi(0.5); // not the last epoch's weights
        store.save(new Checkpoint(last.network(), 3, last.history(), 11, 22, new BestSoFar(bestNet, 2, 0.125)));
        Checkpoint loaded = store.load().orElseThrow();
        assertEquals(2, loaded.best().epoch());
        assertEquals(0.125, loaded.best().value());
        assertEquals(bestNet.graph().params(), loaded.best().network().graph().params());
        assertEquals(last.network().graph().params(), loaded.network().graph().params());
        // a best model that does not match the state is not taken, nor is the checkpoint
        Files.write(dir.resolve(FileCheckpointStore.FOLDER).resolve("best.zip"), new byte[] {1, 2, 3});
        assertTrue(new FileCheckpointStore(dir, "abc", 0).load().isEmpty());
        // one without a best loads without one
        store.save(last);
        assertNull(store.load().orElseThrow().best());
    }

    @Test
    void writesAtMostOncePerInterval() {
        FileCheckpointStore store = new FileCheckpointStore(dir, "abc", 3600);
        store.save(checkpoint(1));
        assertTrue(store.load().isEmpty(), "within the interval nothing is written");
    }

    @Test
    void aResumedRunsTimingsIncludeTheEpochsBeforeTheInterruption() {
        TrainingTimings.Recorder first = new TrainingTimings.Recorder(TrainingListener.NONE);
        first.onEpoch(new EpochProgress(new EpochRecord(1, 0.5, 0.4, 0.6, 0.7), 3, 40, 200, EpochProgress.IMAGES));
        first.onEpoch(new EpochProgress(new EpochRecord(2, 0.4, 0.3, 0.7, 0.8), 3, 60, 100, EpochProgress.IMAGES));
        new FileCheckpointStore(dir, "abc", 0, first).save(checkpoint(2));

        TrainingTimings.Recorder resumed = new TrainingTimings.Recorder(TrainingListener.NONE);
        assertTrue(new FileCheckpointStore(dir, "abc", 0, resumed).load().isPresent());
        resumed.onEpoch(new EpochProgress(new EpochRecord(3, 0.3, 0.2, 0.8, 0.9), 3, 100, 160, EpochProgress.IMAGES));
        TrainingTimings t = resumed.timings();
        assertEquals(3, t.epochs());
        assertEquals(200, t.seconds(), 1e-9);
        assertEquals((40 * 200 + 60 * 100 + 100 * 160) / 200.0, t.pairsPerSecond(), 1e-9);
    }
}
