package dev.siamese.model;

import dev.siamese.data.GrayImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random images for tests. */
final class TestImages {
    private TestImages() {
    }

    static List<GrayImage> random(int count, int size, long seed) {
        Random r = new Random(seed);
        List<GrayImage> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] p = new byte[size * size];
            r.nextBytes(p);
            out.add(new GrayImage(size, size, p));
        }
        return out;
    }
}
