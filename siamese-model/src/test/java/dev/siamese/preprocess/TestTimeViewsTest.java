package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestTimeViewsTest {
    private static GrayImage dot(int x, int y) {
        GrayImage img = GrayImage.filled(80, 80, 128);
        img.set(x, y, 0);
        img.set(x + 1, y, 0);
        img.set(x, y + 1, 0);
        img.set(x + 1, y + 1, 0);
        return img;
    }

    private static int[] darkest(GrayImage img) {
        int best = 256;
        int[] at = null;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                if (img.get(x, y) < best) {
                    best = img.get(x, y);
                    at = new int[] {x, y};
                }
            }
        }
        return at;
    }

    @Test
    void theFirstViewIsTheScanItselfAndTheOthersTurnOrShiftIt() {
        GrayImage img = dot(60, 40);
        assertSame(img, TestTimeViews.of(img, 0, 128));
        assertEquals(62, darkest(TestTimeViews.of(img, 3, 128))[0], 1, "2.5 % of 80 px to the right");
        assertEquals(58, darkest(TestTimeViews.of(img, 4, 128))[0], 1, "and to the left");
        assertEquals(42, darkest(TestTimeViews.of(img, 5, 128))[1], 1, "down");
        int[] turned = darkest(TestTimeViews.of(img, 2, 128));
        double r = Math.hypot(turned[0] - 39.5, turned[1] - 39.5);
        assertEquals(Math.hypot(60.5 - 39.5, 40.5 - 39.5), r, 1.5, "turned about the centre");
        assertEquals(8, Math.toDegrees(Math.atan2(turned[1] - 39.5, turned[0] - 39.5)
                - Math.atan2(40.5 - 39.5, 60.5 - 39.5)), 3, "by 8 degrees");
        assertEquals(128, TestTimeViews.of(img, 1, 128).get(0, 0), "corners moved in take the fill");
        assertThrows(IllegalArgumentException.class, () -> TestTimeViews.of(img, 7, 128));
    }
}
