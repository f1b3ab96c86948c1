package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.siamese.preprocess.PrintImages.affine;
import static dev.siamese.preprocess.PrintImages.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanStatisticsTest {
    /** Straight ridges 0.5 mm apart (about 9.8 px at 500 dpi) in an ellipse of 8 × 10 mm half-axes. */
    private static GrayImage scan(double dpi, double periodMm, int background) {
        double px = dpi / 25.4;
        int w = (int) Math.round(24 * px);
        int h = (int) Math.round(28 * px);
        return print(w, h, w / 2.0, h / 2.0, 8 * px, 10 * px, periodMm * px, 0.7, background, 150);
    }

    @Test
    void measuresAPrintInAFingersUnitsWhateverTheResolution() {
        for (double dpi : new double[] {500, 1000}) {
            ScanStatistics s = ScanStatistics.of(scan(dpi, 0.5, 240), dpi);
            assertEquals(0.5, s.ridgePeriod(), 0.03, "ridge period at " + dpi + " dpi");
            assertEquals(0.5, s.ridgeShare(), 0.06, "a sinusoid is half ridge");
            assertTrue(s.coherence() > 0.9, "straight ridges are coherent: " + s.coherence());
            assertEquals(Math.PI * 8 * 10, s.area(), 0.2 * Math.PI * 8 * 10, "area in mm²");
            assertEquals(240, s.background(), 1);
            assertEquals(0, s.offsetX(), 0.03);
        }
        assertEquals(0.6, ScanStatistics.of(scan(500, 0.6, 240), 500).ridgePeriod(), 0.03);
    }

    @Test
    void noiseLowersCoherence() {
        GrayImage clean = scan(500, 0.5, 240);
        GrayImage noisy = affine(clean, 1, 0);
        Random r = new Random(3);
        for (int i = 0; i < noisy.pixels().length; i++) {
            noisy.pixels()[i] = (byte) Math.max(0, Math.min(255, (noisy.pixels()[i] & 0xff) + r.nextGaussian() * 90));
        }
        assertTrue(ScanStatistics.of(noisy, 500).coherence() < ScanStatistics.of(clean, 500).coherence() - 0.1);
    }

    @Test
    void aTableSetsDataSetsSideBySide() {
        String table = DatasetStatistics.table(List.of(
                DatasetStatistics.of("fine", List.of(scan(500, 0.45, 240), scan(500, 0.46, 240)), 500),
                DatasetStatistics.of("coarse", List.of(scan(500, 0.6, 200)), 500)));
        String[] lines = table.split("\n");
        assertEquals("| statistic | fine (2 scans) | coarse (1 scans) |", lines[0]);
        assertEquals(2 + DatasetStatistics.STATISTICS.size(), lines.length);
        assertTrue(table.contains("| ridge period (mm) | 0.4"), table);
        assertEquals(0.6, DatasetStatistics.of("c", List.of(scan(500, 0.6, 200)), 500).row("ridge period (mm)").median(),
                0.03);
    }
}
