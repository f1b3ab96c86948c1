package dev.siamese.data;

import dev.siamese.spec.ScanVariation;
import dev.siamese.spec.SplitSpec;
import dev.siamese.spec.SplitStrategy;
import dev.siamese.spec.StripesDatasetSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetSplitterTest {
    private final List<LabeledImage> seedImages =
            StripesGenerator.generate(new StripesDatasetSpec(16, 2, 15, ScanVariation.NONE), 1);

    private static List<String> validation(List<LabeledImage> images, List<Split> splits) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            if (splits.get(i) == Split.VALIDATION) {
                out.add(images.get(i).file());
            }
        }
        return out;
    }

    /** K folds hold out every finger exactly once, each about n / K of them, fingers whole. */
    @Test
    void foldsHoldOutEveryFingerOnce() {
        List<LabeledImage> images = new ArrayList<>();
        for (int f = 0; f < 11; f++) {
            for (int i = 0; i < 3; i++) {
                images.add(new LabeledImage(f + "_" + i + ".png", "f" + f, seedImages.get(0).image()));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 4; k++) {
            List<Split> splits = DatasetSplitter.assign(images, new SplitSpec(0.25, SplitStrategy.BY_IDENTITY, true, 4, k), 3);
            Set<String> held = new HashSet<>();
            for (int i = 0; i < images.size(); i++) {
                if (splits.get(i) == Split.VALIDATION) {
                    held.add(images.get(i).identity());
                }
            }
            for (int i = 0; i < images.size(); i++) {
                assertEquals(held.contains(images.get(i).identity()), splits.get(i) == Split.VALIDATION, "fingers whole");
            }
            assertTrue(held.size() == 2 || held.size() == 3, "about 11 / 4 fingers: " + held);
            for (String h : held) {
                assertTrue(seen.add(h), h + " held out twice");
            }
        }
        assertEquals(11, seen.size(), "every finger held out once");
    }

    @Test
    void unshuffledReproducesTheSeedsValidationSetOfOneFinger() {
        List<Split> splits = DatasetSplitter.assign(seedImages, new SplitSpec(0.2, SplitStrategy.BY_IMAGE, false), 42);
        assertEquals(List.of("A_00.bmp", "A_01.bmp", "A_02.bmp", "A_03.bmp", "A_04.bmp", "A_05.bmp"),
                validation(seedImages, splits));
    }

    @Test
    void shuffledTakesFloorOfTheFractionAndDependsOnTheSeed() {
        SplitSpec spec = new SplitSpec(0.2, SplitStrategy.BY_IMAGE, true);
        List<String> a = validation(seedImages, DatasetSplitter.assign(seedImages, spec, 1));
        assertEquals(6, a.size());
        assertEquals(a, validation(seedImages, DatasetSplitter.assign(seedImages, spec, 1)));
        assertNotEquals(a, validation(seedImages, DatasetSplitter.assign(seedImages, spec, 2)));
    }

    @Test
    void byIdentityNeverPutsOneFingerOnBothSides() {
        List<LabeledImage> many = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            for (int s = 0; s < 4; s++) {
                many.add(new LabeledImage("f" + f + "_" + s, "f" + f, GrayImage.filled(2, 2, 0)));
            }
        }
        List<Split> splits = DatasetSplitter.assign(many, new SplitSpec(0.3, SplitStrategy.BY_IDENTITY, true), 5);
        Set<String> train = new HashSet<>();
        Set<String> val = new HashSet<>();
        for (int i = 0; i < many.size(); i++) {
            (splits.get(i) == Split.TRAIN ? train : val).add(many.get(i).identity());
        }
        assertEquals(3, val.size());
        assertEquals(7, train.size());
        train.retainAll(val);
        assertTrue(train.isEmpty());
    }
}
