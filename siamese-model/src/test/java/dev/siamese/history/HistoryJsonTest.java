package dev.siamese.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryJsonTest {
    @Test
    void roundTripsIncludingMissingValidationValues(@TempDir Path dir) throws Exception {
        History h = new History(List.of(new EpochRecord(1, 0.25, Double.NaN, 0.5, Double.NaN),
                new EpochRecord(2, 0.125, Double.NaN, 0.75, Double.NaN)), false);
        Path file = dir.resolve("sub/history.json");
        HistoryJson.write(file, h);
        assertEquals(h, HistoryJson.read(file));
        assertTrue(Files.readString(file).contains("\"trainLoss\" : 0.125"));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
