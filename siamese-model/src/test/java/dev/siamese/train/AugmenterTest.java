package dev.siamese.train;

import dev.siamese.spec.AugmentationSpec;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AugmenterTest {
    private static final int N = 16;

    /** A black dot at (x, y) on white. */
    private static float[] dot(int x, int y) {
        float[] img = new float[N * N];
        java.util.Arrays.fill(img, 1f);
        img[y * N + x] = 0f;
        return img;
    }

    private static int[] darkest(float[] img) {
        int best = 0;
        for (int i = 1; i < img.length; i++) {
            if (img[i] < img[best]) {
                best = i;
            }
        }
        return new int[] {best % N, best / N};
    }

    @Test
    void noAugmentationLeavesTheImageAsItIs() {
        float[] img = dot(3, 5);
        float[] out = new Augmenter(AugmentationSpec.NONE, N, N).apply(img, new Random(1));
        assertArrayEquals(img, out);
        assertFalse(out == img, "a copy, never the cached source");
    }

    @Test
    void sameGeneratorStateGivesTheSameImage() {
        AugmentationSpec spec = new AugmentationSpec(15, 0.1, 0.2, 0.3, 0.05);
        float[] img = dot(7, 8);
        Augmenter a = new Augmenter(spec, N, N);
        assertArrayEquals(a.apply(img, new Random(9)), a.apply(img, new Random(9)));
        assertFalse(java.util.Arrays.equals(a.apply(img, new Random(9)), a.apply(img, new Random(10))));
    }

    @Test
    void translationMovesContentAndFillsWithWhite() {
        // translation only: the largest shift is 0.25 × 16 = 4 px per axis
        AugmentationSpec spec = new AugmentationSpec(0, 0.25, 0, 0, 0);
        float[] img = dot(8, 8);
        for (int seed = 0; seed < 20; seed++) {
            float[] out = new Augmenter(spec, N, N).apply(img, new Random(seed));
            int[] d = darkest(out);
            assertTrue(Math.abs(d[0] - 8) <= 4 && Math.abs(d[1] - 8) <= 4, "dot moved at most 4 px: " + d[0] + "," + d[1]);
            float min = 1, max = 0;
            for (float v : out) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            assertEquals(1f, max, 0f, "background stays white");
            assertTrue(min < 0.75f, "the dot survives (bilinear spreads it over at most 4 pixels)");
        }
    }

    @Test
    void rotationTurnsAboutTheCentre() {
        // 90° exactly is not drawn (uniform in ±90), but a dot on the centre never moves
        AugmentationSpec spec = new AugmentationSpec(90, 0, 0, 0, 0);
        float[] img = new float[N * N];
        java.util.Arrays.fill(img, 1f);
        // the centre of a 16 px image is between pixels 7 and 8: a 2×2 block there is invariant
        for (int y = 7; y <= 8; y++) {
            for (int x = 7; x <= 8; x++) {
                img[y * N + x] = 0f;
            }
        }
        float[] out = new Augmenter(spec, N, N).apply(img, new Random(3));
        assertTrue(out[7 * N + 7] < 0.5f && out[8 * N + 8] < 0.5f, "centre block stays dark");
        assertEquals(1f, out[0], 0f);
    }

    @Test
    void toneChangesStayWithinTheUnitRange() {
        AugmentationSpec spec = new AugmentationSpec(0, 0, 0.9, 2, 0.5);
        float[] img = dot(1, 1);
        float[] out = new Augmenter(spec, N, N).apply(img, new Random(4));
        for (float v : out) {
            assertTrue(v >= 0 && v <= 1, "clamped: " + v);
        }
    }

    @Test
    void elasticDistortionMovesContentSmoothlyByAtMostItsAmplitude() {
        // amplitude 0.125 × 16 = 2 px per axis
        AugmentationSpec spec = new AugmentationSpec(0, 0, 0, 0, 0, 0.125, 0.5, 0);
        float[] img = dot(8, 8);
        boolean moved = false;
        for (int seed = 0; seed < 20; seed++) {
            float[] out = new Augmenter(spec, N, N).apply(img, new Random(seed));
            int[] d = darkest(out);
            assertTrue(Math.abs(d[0] - 8) <= 3 && Math.abs(d[1] - 8) <= 3, "at most 2 px (+1 for bilinear): " + d[0] + "," + d[1]);
            moved |= d[0] != 8 || d[1] != 8;
        }
        assertTrue(moved, "the distortion moves the dot for some seed");
        Augmenter a = new Augmenter(spec, N, N);
        assertArrayEquals(a.apply(img, new Random(5)), a.apply(img, new Random(5)));
    }

    /** A dot off the centre moves outwards when the image grows and inwards when it shrinks, by at most the scale. */
    @Test
    void scaleMovesContentAboutTheCentre() {
        AugmentationSpec spec = new AugmentationSpec(0, 0, 0, 0, 0, 0, 0.25, 0, 0.25);
        float[] img = dot(12, 8);
        boolean grew = false;
        boolean shrank = false;
        for (int seed = 0; seed < 30; seed++) {
            int[] d = darkest(new Augmenter(spec, N, N).apply(img, new Random(seed)));
            double centre = (N - 1) / 2.0;
            double factor = (d[0] - centre) / (12 - centre);
            assertTrue(factor > 1 / 1.25 - 0.3 && factor < 1.25 + 0.3, "dot at " + d[0] + " for seed " + seed);
            assertEquals(8, d[1], 1, "scaled about the centre, both axes alike");
            grew |= d[0] > 12;
            shrank |= d[0] < 12;
        }
        assertTrue(grew && shrank, "both ways");
        AugmentationSpec none = new AugmentationSpec(0, 0, 0, 0, 0, 0, 0.25, 0);
        assertArrayEquals(new Augmenter(none, N, N).apply(img, new Random(3)),
                new Augmenter(new AugmentationSpec(0, 0, 0, 0, 0, 0, 0.25, 0, 0), N, N).apply(img, new Random(3)));
    }

    @Test
    void elasticDistortionBendsStraightRidges() {
        // a vertical dark line stays connected but no longer straight: the field varies across the image
        AugmentationSpec spec = new AugmentationSpec(0, 0, 0, 0, 0, 0.1, 0.25, 0);
        float[] img = new float[N * N];
        java.util.Arrays.fill(img, 1f);
        for (int y = 0; y < N; y++) {
            img[y * N + 8] = 0f;
        }
        float[] out = new Augmenter(spec, N, N).apply(img, new Random(11));
        java.util.Set<Integer> columns = new java.util.HashSet<>();
        for (int y = 0; y < N; y++) {
            int best = 0;
            for (int x = 1; x < N; x++) {
                if (out[y * N + x] < out[y * N + best]) {
                    best = x;
                }
            }
            columns.add(best);
        }
        assertTrue(columns.size() > 1, "the line bends: darkest columns " + columns);
    }

    @Test
    void cropKeepsAWindowOfAtLeastOneMinusCropOfEachSide() {
        AugmentationSpec spec = new AugmentationSpec(0, 0, 0, 0, 0, 0, 0.25, 0.5);
        float[] black = new float[N * N];
        boolean cropped = false;
        for (int seed = 0; seed < 20; seed++) {
            float[] out = new Augmenter(spec, N, N).apply(black, new Random(seed));
            int x0 = N, y0 = N, x1 = -1, y1 = -1, dark = 0;
            for (int y = 0; y < N; y++) {
                for (int x = 0; x < N; x++) {
                    if (out[y * N + x] == 0f) {
                        dark++;
                        x0 = Math.min(x0, x);
                        y0 = Math.min(y0, y);
                        x1 = Math.max(x1, x);
                        y1 = Math.max(y1, y);
                    } else {
                        assertEquals(1f, out[y * N + x], 0f, "outside the window: background");
                    }
                }
            }
            int w = x1 - x0 + 1;
            int h = y1 - y0 + 1;
            assertEquals(w * h, dark, "the kept part is one rectangle");
            assertTrue(w >= N / 2 && h >= N / 2, "each side at least 1 - 0.5 of 16: " + w + "x" + h);
            cropped |= dark < N * N;
        }
        assertTrue(cropped);
    }

    @Test
    void specsWithoutTheNewChangesDrawAsBefore() {
        // elastic and crop draw only when enabled: the same generator gives the same image with them at 0
        AugmentationSpec old = new AugmentationSpec(15, 0.1, 0.2, 0.3, 0.05);
        AugmentationSpec explicit = new AugmentationSpec(15, 0.1, 0.2, 0.3, 0.05, 0, 0.5, 0);
        float[] img = dot(7, 8);
        assertArrayEquals(new Augmenter(old, N, N).apply(img, new Random(9)),
                new Augmenter(explicit, N, N).apply(img, new Random(9)));
        Random r = new Random(9);
        new Augmenter(old, N, N).apply(img, r);
        Random expected = new Random(9);
        for (int i = 0; i < 5; i++) {
            expected.nextDouble();
        }
        for (int i = 0; i < N * N; i++) {
            expected.nextGaussian();
        }
        assertEquals(expected.nextLong(), r.nextLong(), "five scalar draws, then one Gaussian per pixel");
    }
}
