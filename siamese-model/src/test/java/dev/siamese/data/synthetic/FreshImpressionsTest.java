package dev.siamese.data.synthetic;

import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.ClassMix;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.ImpressionVariation;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreshImpressionsTest {
    private static final SyntheticFingerprintsDatasetSpec SPEC = new SyntheticFingerprintsDatasetSpec(3, 2, 64, 5,
            ClassMix.NATURAL, ImpressionVariation.defaults(64));

    @Test
    void eachEpochDrawsANewDeterministicImpressionOfTheSameFinger() {
        List<LabeledImage> dataset = SyntheticFingerprintGenerator.generate(SPEC, 5);
        List<String> files = dataset.stream().map(LabeledImage::file).toList();
        FreshImpressions fresh = new FreshImpressions(SPEC, 5, files);
        GrayImage epoch2 = fresh.impression("2_1.png", 2);
        assertArrayEquals(epoch2.pixels(), new FreshImpressions(SPEC, 5, files).impression("2_1.png", 2).pixels(),
                "deterministic from the seed");
        assertFalse(Arrays.equals(epoch2.pixels(), fresh.impression("2_1.png", 3).pixels()), "another epoch, another press");
        GrayImage original = dataset.get(files.indexOf("2_1.png")).image();
        assertFalse(Arrays.equals(epoch2.pixels(), original.pixels()), "not the data set's image");
        // the same master print: the new press correlates with its own finger's more than with the others'
        double own = Math.max(PrintMeasures.correlation(epoch2, original),
                PrintMeasures.correlation(epoch2, dataset.get(files.indexOf("2_2.png")).image()));
        for (String other : List.of("1_1.png", "1_2.png", "3_1.png", "3_2.png")) {
            double c = PrintMeasures.correlation(epoch2, dataset.get(files.indexOf(other)).image());
            assertTrue(own > c, "finger 2's new press vs its own " + own + ", vs " + other + " " + c);
        }
    }

    @Test
    void onlyTheGeneratorsNamesAreTaken() {
        assertThrows(IllegalArgumentException.class, () -> new FreshImpressions(SPEC, 5, List.of("a.png")));
    }
}
