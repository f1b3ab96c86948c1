package dev.siamese.model;

import dev.siamese.data.GrayImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImageTensorsTest {
    @BeforeAll
    static void backend() {
        NetworkProcess.initialise(); // before any ND4J call: it picks the native build
    }

    @Test
    void everyPixelLandsAtItsIndexScaledToUnit() {
        List<GrayImage> images = TestImages.random(3, 7, 11);
        INDArray flat = ImageTensors.of(images, InputLayout.FLAT);
        INDArray nchw = ImageTensors.of(images, InputLayout.NCHW);
        assertArrayEquals(new long[]{3, 49}, flat.shape());
        assertArrayEquals(new long[]{3, 1, 7, 7}, nchw.shape());
        for (int i = 0; i < images.size(); i++) {
            float[] expected = images.get(i).toUnitFloats();
            for (int y = 0; y < 7; y++) {
                for (int x = 0; x < 7; x++) {
                    assertEquals(expected[y * 7 + x], flat.getFloat(i, y * 7 + x), 0f);
                    assertEquals(expected[y * 7 + x], nchw.getFloat(i, 0, y, x), 0f);
                }
            }
        }
    }

    @Test
    void anImageOfAnotherSizeIsRefused() {
        List<float[]> images = List.of(new float[4], new float[5]);
        assertThrows(IllegalArgumentException.class, () -> ImageTensors.of(images, 2, 2, InputLayout.FLAT));
    }
}
