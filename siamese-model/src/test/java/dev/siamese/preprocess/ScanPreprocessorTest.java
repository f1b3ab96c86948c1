package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;
import dev.siamese.spec.InputSpec;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.siamese.preprocess.PrintImages.affine;
import static dev.siamese.preprocess.PrintImages.meanAbsoluteDifference;
import static dev.siamese.preprocess.PrintImages.print;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanPreprocessorTest {
    private static final InputSpec RIDGES = new InputSpec(250, 96, 96, InputSpec.Normalisation.RIDGES);

    /** A 500 dpi scan (9 px ridges) of a print of about 150 × 190 pixels at {@code (cx, cy)}. */
    private static GrayImage scan(int width, int height, double cx, double cy, int background, int depth) {
        return print(width, height, cx, cy, 75, 95, 9, 0.4, background, depth);
    }

    @Test
    void givesTheInputSizeWhateverTheScanSize() {
        for (int[] size : new int[][] {{300, 300}, {256, 364}, {448, 478}}) {
            GrayImage out = ScanPreprocessor.apply(scan(size[0], size[1], size[0] / 2.0, size[1] / 2.0, 220, 150), 500,
                    RIDGES);
            assertEquals(96, out.width());
            assertEquals(96, out.height());
        }
    }

    @Test
    void theSameScanGivesTheSamePixels() {
        GrayImage scan = scan(300, 300, 150, 150, 220, 150);
        assertArrayEquals(ScanPreprocessor.apply(scan, 500, RIDGES).pixels(), ScanPreprocessor.apply(scan, 500, RIDGES).pixels());
    }

    /** A faint print on a dark platen and a dark one on a white platen look alike once normalised. */
    @Test
    void ridgeNormalisationRemovesContrastAndBrightness() {
        GrayImage dark = scan(300, 300, 150, 150, 240, 200);
        GrayImage faint = affine(dark, 0.3, 90);
        GrayImage a = ScanPreprocessor.apply(dark, 500, RIDGES);
        GrayImage b = ScanPreprocessor.apply(faint, 500, RIDGES);
        double diff = meanAbsoluteDifference(a, b);
        assertTrue(diff < 4, "mean difference " + diff + " gray levels");
        GrayImage raw = ScanPreprocessor.apply(dark, 500, new InputSpec(250, 96, 96, InputSpec.Normalisation.NONE));
        GrayImage rawFaint = ScanPreprocessor.apply(faint, 500, new InputSpec(250, 96, 96, InputSpec.Normalisation.NONE));
        assertTrue(meanAbsoluteDifference(raw, rawFaint) > 30, "without normalisation the two differ");
    }

    /** A print in a corner of a large scan is found and put in the middle of the input. */
    @Test
    void centresThePrint() {
        GrayImage off = ScanPreprocessor.apply(scan(640, 480, 130, 140, 230, 160), 500, RIDGES);
        GrayImage mid = ScanPreprocessor.apply(scan(640, 480, 320, 240, 230, 160), 500, RIDGES);
        double[] c1 = energyCentre(off);
        double[] c2 = energyCentre(mid);
        assertEquals(48, c1[0], 3);
        assertEquals(48, c1[1], 3);
        assertEquals(c2[0], c1[0], 2);
        assertEquals(c2[1], c1[1], 2);
    }

    /** The same finger scanned at 500 and at 1000 dpi is one input at the network's resolution. */
    @Test
    void rescalesByResolution() {
        GrayImage at500 = print(300, 300, 150, 150, 75, 95, 9, 0.4, 230, 160);
        GrayImage at1000 = print(600, 600, 300, 300, 150, 190, 18, 0.4, 230, 160);
        double r = bestCorrelation(ScanPreprocessor.apply(at500, 500, RIDGES), ScanPreprocessor.apply(at1000, 1000, RIDGES));
        assertTrue(r > 0.9, "correlation " + r);
        GrayImage wrong = ScanPreprocessor.apply(at1000, 500, RIDGES); // taken for a 500 dpi scan: ridges twice as wide
        double w = bestCorrelation(ScanPreprocessor.apply(at500, 500, RIDGES), wrong);
        assertTrue(w < 0.5, "correlation with the wrong resolution " + w);
    }

    /** Enhancement joins ridges across noise: the noisy scan's enhanced input is nearer the clean scan's. */
    @Test
    void enhancementRestoresRidgesThroughNoise() {
        GrayImage clean = scan(300, 300, 150, 150, 230, 160);
        GrayImage noisy = affine(clean, 1, 0);
        Random r = new Random(5);
        for (int i = 0; i < noisy.pixels().length; i++) {
            noisy.pixels()[i] = (byte) Math.max(0, Math.min(255, (noisy.pixels()[i] & 0xff) + r.nextGaussian() * 70));
        }
        InputSpec enhanced = new InputSpec(250, 96, 96, InputSpec.Normalisation.ENHANCED);
        GrayImage reference = ScanPreprocessor.apply(clean, 500, RIDGES);
        double plain = bestCorrelation(reference, ScanPreprocessor.apply(noisy, 500, RIDGES));
        double restored = bestCorrelation(reference, ScanPreprocessor.apply(noisy, 500, enhanced));
        assertTrue(restored > plain + 0.05, "correlation with the clean ridges: " + plain + " plain, " + restored
                + " enhanced");
        assertArrayEquals(ScanPreprocessor.apply(noisy, 500, enhanced).pixels(),
                ScanPreprocessor.apply(noisy, 500, enhanced).pixels(), "deterministic");
    }

    @Test
    void anEmptyScanBecomesNeutralGray() {
        GrayImage out = ScanPreprocessor.apply(GrayImage.filled(200, 200, 210), 500, RIDGES);
        for (byte p : out.pixels()) {
            assertEquals(128, p & 0xff, 1);
        }
    }

    /** The highest correlation of the two images' central parts over shifts of up to 2 pixels (centring rounds). */
    private static double bestCorrelation(GrayImage a, GrayImage b) {
        double best = -1;
        int m = 16;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                double sa = 0;
                double sb = 0;
                double sab = 0;
                double saa = 0;
                double sbb = 0;
                int n = 0;
                for (int y = m; y < a.height() - m; y++) {
                    for (int x = m; x < a.width() - m; x++) {
                        double u = a.get(x, y);
                        double v = b.get(x + dx, y + dy);
                        sa += u;
                        sb += v;
                        sab += u * v;
                        saa += u * u;
                        sbb += v * v;
                        n++;
                    }
                }
                double cov = sab / n - sa / n * sb / n;
                double r = cov / Math.sqrt((saa / n - sa / n * sa / n) * (sbb / n - sb / n * sb / n));
                best = Math.max(best, r);
            }
        }
        return best;
    }

    /** Centroid of the distance from mid-gray: where the ridges are. */
    private static double[] energyCentre(GrayImage img) {
        double sx = 0;
        double sy = 0;
        double s = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                double e = Math.abs(img.get(x, y) - 127.5);
                sx += e * x;
                sy += e * y;
                s += e;
            }
        }
        return new double[] {sx / s, sy / s};
    }
}
