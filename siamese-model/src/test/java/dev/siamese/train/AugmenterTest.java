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
}
