package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;
import org.junit.jupiter.api.Test;

import static dev.siamese.preprocess.PrintImages.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForegroundMaskTest {
    private static ForegroundMask mask(GrayImage img, double period) {
        return ForegroundMask.of(RidgeSignal.of(FloatImage.of(img), period));
    }

    @Test
    void findsThePrintAndItsCentre() {
        GrayImage img = print(200, 160, 120, 70, 40, 50, 5, 1.0, 235, 150);
        ForegroundMask m = mask(img, 5);
        double[] c = m.centroid();
        assertEquals(120, c[0], 6);
        assertEquals(70, c[1], 6);
        assertTrue(m.contains(120, 70));
        assertFalse(m.contains(10, 150));
        double ellipse = Math.PI * 40 * 50 / (200.0 * 160);
        assertEquals(ellipse, m.area(), 0.06, "the mask covers about the print");
    }

    @Test
    void dustSpecksAreNotThePrint() {
        GrayImage img = print(200, 160, 120, 70, 40, 50, 5, 1.0, 235, 150);
        for (int y = 140; y < 144; y++) {
            for (int x = 20; x < 24; x++) {
                img.set(x, y, 0); // a speck far from the print
            }
        }
        assertFalse(mask(img, 5).contains(21, 141));
    }

    @Test
    void aBlankScanHasNoForeground() {
        ForegroundMask m = mask(GrayImage.filled(100, 100, 200), 5);
        assertTrue(m.isEmpty());
        assertNull(m.centroid());
    }
}
