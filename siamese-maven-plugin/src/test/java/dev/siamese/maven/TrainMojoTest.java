package dev.siamese.maven;

import dev.siamese.history.EpochRecord;
import dev.siamese.history.History;
import dev.siamese.history.KeptEpoch;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainMojoTest {
    @Test
    void anEmptyHistorySaysNoTrainingWasNeeded() {
        String line = TrainMojo.summary("afis", new History(List.of(), false), Path.of("out"));
        assertTrue(line.startsWith("afis needs no training"), line);
    }

    @Test
    void aHistoryNamesItsLastEpoch() {
        String line = TrainMojo.summary("net", new History(List.of(new EpochRecord(1, 0.3, 0.2, 0.6, 0.7),
                new EpochRecord(2, 0.25, 0.15, 0.7, 0.8)), false), Path.of("out"));
        assertTrue(line.startsWith("Trained net: 2 epochs, last: "), line);
        assertTrue(line.contains("model.zip"), line);
        assertFalse(line.contains("kept"), line);
    }

    @Test
    void aHistoryThatKeptAnEarlierEpochSaysWhich() {
        List<EpochRecord> epochs = List.of(new EpochRecord(1, 0.3, 0.2, 0.6, 0.7), new EpochRecord(2, 0.25, 0.15, 0.7, 0.8));
        String line = TrainMojo.summary("net", new History(epochs, false, new KeptEpoch("validation.eer", 1, 0.0125)),
                Path.of("out"));
        assertTrue(line.contains("; kept epoch 1 (best validation.eer: 0.01250); wrote"), line);
    }
}
