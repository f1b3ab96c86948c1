package dev.siamese.data;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SampleSheetTest {
    private static List<LabeledImage> images(int fingers, int impressions, int size) {
        List<LabeledImage> out = new ArrayList<>();
        for (int f = 1; f <= fingers; f++) {
            for (int i = 1; i <= impressions; i++) {
                out.add(new LabeledImage(f + "_" + i + ".png", String.valueOf(f), GrayImage.filled(size, size, f * 10 + i)));
            }
        }
        return out;
    }

    @Test
    void rowsAreFingersAndColumnsImpressionsWithWhiteGutters() {
        int g = SampleSheet.GUTTER;
        GrayImage sheet = SampleSheet.render(images(5, 4, 8), 3, 2);
        assertEquals(g + 2 * (8 + g), sheet.width());
        assertEquals(g + 3 * (8 + g), sheet.height());
        assertEquals(255, sheet.get(0, 0));
        assertEquals(11, sheet.get(g, g));
        assertEquals(12, sheet.get(g + 8 + g, g));
        assertEquals(255, sheet.get(g + 8, g), "gutter between columns");
        assertEquals(31, sheet.get(g + 7, g + 2 * (8 + g) + 7));
    }

    @Test
    void fewerImagesThanAskedGiveASmallerSheet() {
        GrayImage sheet = SampleSheet.render(images(2, 1, 4), 6, 6);
        assertEquals(2 * SampleSheet.GUTTER + 4, sheet.width());
        assertEquals(3 * SampleSheet.GUTTER + 8, sheet.height());
        assertThrows(IllegalArgumentException.class, () -> SampleSheet.render(List.of(), 6, 6));
    }
}
