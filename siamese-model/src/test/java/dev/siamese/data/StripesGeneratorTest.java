package dev.siamese.data;

import dev.siamese.spec.ScanVariation;
import dev.siamese.spec.StripesDatasetSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class StripesGeneratorTest {
    private static final StripesDatasetSpec SEED = new StripesDatasetSpec(160, 6, 15, ScanVariation.NONE);

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = StripesGeneratorTest.class.getResourceAsStream("/pil-stripes/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyScanIsByteIdenticalToThePillowScript() throws IOException {
        byte[] a = fixture("A_00.bmp");
        byte[] b = fixture("B_00.bmp");
        List<LabeledImage> images = StripesGenerator.generate(SEED, 42);
        assertEquals(30, images.size());
        for (int i = 0; i < 15; i++) {
            LabeledImage ai = images.get(i);
            LabeledImage bi = images.get(15 + i);
            assertEquals(String.format("A_%02d.bmp", i), ai.file());
            assertEquals(String.format("B_%02d.bmp", i), bi.file());
            assertEquals("A", ai.identity());
            assertEquals("B", bi.identity());
            assertArrayEquals(a, BmpWriter.encode(ai.image()), ai.file());
            assertArrayEquals(b, BmpWriter.encode(bi.image()), bi.file());
        }
    }

    @Test
    void pixelsMatchThePillowFilePixelByPixel() throws IOException {
        GrayImage pil = ImageFiles.readGray(fixture("A_00.bmp"), "A_00.bmp");
        GrayImage ours = StripesGenerator.generate(SEED, 1).get(0).image();
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 160; x++) {
                assertEquals(pil.get(x, y), ours.get(x, y), "pixel " + x + "," + y);
            }
        }
        // The details the issue warns about: a 7-column last black stripe and white right edge.
        assertEquals(0, ours.get(156, 0));
        assertEquals(255, ours.get(157, 0));
        assertEquals(255, ours.get(159, 80));
    }

    @Test
    void variationMakesScansDifferButIsDeterministic() {
        StripesDatasetSpec varied = new StripesDatasetSpec(32, 4, 5, new ScanVariation(3, 5, 0.05));
        List<LabeledImage> one = StripesGenerator.generate(varied, 7);
        List<LabeledImage> two = StripesGenerator.generate(varied, 7);
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.get(i).image().pixels(), two.get(i).image().pixels());
        }
        assertNotEquals(one.get(0).image().sha256(), one.get(1).image().sha256());
        assertNotEquals(one.get(0).image().sha256(), StripesGenerator.generate(varied, 8).get(0).image().sha256());
    }

    @Test
    void sizesAndStripeWidthsFollowTheSpec() {
        List<LabeledImage> images = StripesGenerator.generate(new StripesDatasetSpec(40, 5, 3, ScanVariation.NONE), 1);
        assertEquals(6, images.size());
        GrayImage a = images.get(0).image();
        assertEquals(40, a.width());
        // stripe 1 (black) covers columns 5..10 inclusive, overwritten at 10 by white stripe 2
        assertEquals(0, a.get(5, 3));
        assertEquals(0, a.get(9, 3));
        assertEquals(255, a.get(10, 3));
        GrayImage b = images.get(3).image();
        assertEquals(a.get(10, 0), b.get(0, 39 - 10));
    }
}
