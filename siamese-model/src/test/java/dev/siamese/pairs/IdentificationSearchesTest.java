package dev.siamese.pairs;

import dev.siamese.data.DatasetManifest;
import dev.siamese.data.ManifestEntry;
import dev.siamese.data.Split;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentificationSearchesTest {
    private static ManifestEntry entry(String file, String finger, Split split) {
        return new ManifestEntry(file, finger, "0", split);
    }

    private static final DatasetManifest MANIFEST = new DatasetManifest(DatasetManifest.SCHEMA_VERSION, "f", "t", 8, 8,
            List.of(entry("a1", "a", Split.VALIDATION), entry("a2", "a", Split.VALIDATION), entry("a3", "a", Split.VALIDATION),
                    entry("t1", "t", Split.TRAIN), entry("t2", "t", Split.TRAIN),
                    entry("b1", "b", Split.VALIDATION), entry("b2", "b", Split.VALIDATION),
                    entry("c1", "c", Split.VALIDATION)));

    @Test
    void enrollsEachFingersFirstImpressionAndProbesWithTheRest() {
        IdentificationSearches s = IdentificationSearches.of(MANIFEST, Split.VALIDATION);
        assertEquals(List.of("a1", "b1", "c1"), s.gallery());
        assertEquals(List.of("a2", "a3", "b2"), s.probes());
        assertArrayEquals(new int[] {0, 0, 1}, s.mates());
        assertTrue(s.meaningful());
    }

    @Test
    void pairsAreProbeMajorWithTheProbeOnTheLeftAndTheMateGenuine() {
        List<ImagePair> pairs = IdentificationSearches.of(MANIFEST, Split.VALIDATION).pairs();
        assertEquals(9, pairs.size());
        assertEquals(new ImagePair("a2", "a1", 1), pairs.get(0));
        assertEquals(new ImagePair("a2", "b1", 0), pairs.get(1));
        assertEquals(new ImagePair("b2", "b1", 1), pairs.get(7));
        assertEquals(3, pairs.stream().mapToInt(ImagePair::label).sum());
    }

    @Test
    void aSplitOfOneFingerSearchesNothing() {
        assertFalse(IdentificationSearches.of(MANIFEST, Split.TRAIN).meaningful());
    }
}
