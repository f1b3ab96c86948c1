package dev.siamese.data.synthetic;

import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.preprocess.DatasetStatistics;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;
import dev.siamese.spec.ValueRange;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.ClassMix;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.ImpressionVariation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticFingerprintGeneratorTest {
    private static final ImpressionVariation NONE = new ImpressionVariation(0, 0, 0, 0, 0, 0, 0);
    private static final ClassMix LOOPS_AND_WHORLS = new ClassMix(0, 0, 1, 1, 1);

    private static SyntheticFingerprintsDatasetSpec spec(int fingers, int impressions, int size, double period,
                                                         ClassMix mix, ImpressionVariation variation) {
        return new SyntheticFingerprintsDatasetSpec(fingers, impressions, size, period, mix, variation);
    }

    @Test
    void filesAreNamedAsInFvcAndOrderedByFingerThenImpression() {
        List<LabeledImage> images = SyntheticFingerprintGenerator.generate(
                spec(3, 2, 48, 5, ClassMix.NATURAL, ImpressionVariation.defaults(48)), 1);
        List<String> names = images.stream().map(LabeledImage::file).toList();
        assertEquals(List.of("1_1.png", "1_2.png", "2_1.png", "2_2.png", "3_1.png", "3_2.png"), names);
        assertEquals(List.of("1", "1", "2", "2", "3", "3"), images.stream().map(LabeledImage::identity).toList());
        for (LabeledImage img : images) {
            assertEquals(48, img.image().width());
            assertEquals(48, img.image().height());
        }
    }

    @Test
    void sameSeedGivesIdenticalPixelsAndAnotherSeedDifferentOnes() {
        SyntheticFingerprintsDatasetSpec spec = spec(4, 2, 64, 5, ClassMix.NATURAL, ImpressionVariation.defaults(64));
        List<LabeledImage> a = SyntheticFingerprintGenerator.generate(spec, 7);
        List<LabeledImage> b = SyntheticFingerprintGenerator.generate(spec, 7);
        List<LabeledImage> c = SyntheticFingerprintGenerator.generate(spec, 8);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).image().pixels(), b.get(i).image().pixels(), a.get(i).file());
            assertFalse(java.util.Arrays.equals(a.get(i).image().pixels(), c.get(i).image().pixels()), a.get(i).file());
        }
    }

    @Test
    void printsAreDarkRidgesOnWhite() {
        GrayImage img = SyntheticFingerprintGenerator.generate(spec(2, 1, 96, 6, ClassMix.NATURAL, NONE), 3)
                .get(0).image();
        assertEquals(255, img.get(0, 0), "background corner");
        int dark = 0;
        int light = 0;
        for (int y = 32; y < 64; y++) {
            for (int x = 32; x < 64; x++) {
                int v = img.get(x, y);
                dark += v < 80 ? 1 : 0;
                light += v > 175 ? 1 : 0;
            }
        }
        assertTrue(dark > 200 && light > 200, "centre has both ridges and valleys: " + dark + " dark, " + light + " light");
    }

    @Test
    void measuredRidgePeriodIsTheAskedOne() {
        for (double asked : new double[]{6, 10}) {
            int size = 128;
            List<LabeledImage> images = SyntheticFingerprintGenerator.generate(
                    spec(3, 1, size, asked, ClassMix.NATURAL, NONE), 11);
            for (LabeledImage img : images) {
                MasterPrintPlan plan = SyntheticFingerprintGenerator.plan(
                        spec(3, 1, size, asked, ClassMix.NATURAL, NONE), 11, Integer.parseInt(img.identity()));
                int cx = (int) Math.round(plan.silhouette().cx());
                int cy = (int) Math.round(plan.silhouette().cy());
                double measured = PrintMeasures.period(img.image(), cx, cy, 64);
                System.out.printf("ridge period asked %.1f, measured %.2f (%s)%n", asked, measured, img.file());
                assertEquals(asked, measured, 0.2 * asked, "period of " + img.file() + " asked " + asked);
            }
        }
    }

    @Test
    void orientationAroundACoreFollowsTheZeroPoleModel() {
        double period = 7;
        int size = 160;
        SyntheticFingerprintsDatasetSpec spec = spec(4, 1, size, period, LOOPS_AND_WHORLS, NONE);
        List<LabeledImage> images = SyntheticFingerprintGenerator.generate(spec, 5);
        for (LabeledImage img : images) {
            MasterPrintPlan plan = SyntheticFingerprintGenerator.plan(spec, 5, Integer.parseInt(img.identity()));
            Singularity core = plan.singularities().stream().filter(Singularity::core).findFirst().orElseThrow();
            double error = 0;
            int samples = 0;
            for (double radius = 1.5 * period; radius <= 3.5 * period; radius += period) {
                for (int k = 0; k < 24; k++) {
                    double a = 2 * Math.PI * k / 24;
                    int x = (int) Math.round(core.x() + radius * Math.cos(a));
                    int y = (int) Math.round(core.y() + radius * Math.sin(a));
                    double measured = PrintMeasures.orientation(img.image(), x, y, period * 0.6);
                    error += PrintMeasures.angleBetween(measured, OrientationField.at(plan, x, y));
                    samples++;
                }
            }
            double meanDegrees = Math.toDegrees(error / samples);
            System.out.printf("%s (%s): mean orientation error around the core %.1f°%n", img.file(),
                    plan.fingerClass(), meanDegrees);
            assertTrue(meanDegrees < 20, img.file() + " " + plan.fingerClass() + ": " + meanDegrees + "°");
        }
    }

    @Test
    void classMixIsRespectedAndEachClassHasItsSingularities() {
        SyntheticFingerprintsDatasetSpec spec = spec(400, 1, 128, 5, ClassMix.NATURAL, NONE);
        Map<FingerprintClass, Integer> counts = new EnumMap<>(FingerprintClass.class);
        for (int f = 1; f <= 400; f++) {
            MasterPrintPlan plan = SyntheticFingerprintGenerator.plan(spec, 99, f);
            counts.merge(plan.fingerClass(), 1, Integer::sum);
            long cores = plan.singularities().stream().filter(Singularity::core).count();
            long deltas = plan.singularities().size() - cores;
            switch (plan.fingerClass()) {
                case ARCH -> assertEquals(0, plan.singularities().size());
                case WHORL -> assertTrue(cores == 2 && deltas == 2);
                default -> assertTrue(cores == 1 && deltas == 1);
            }
        }
        ClassMix mix = ClassMix.NATURAL;
        double[] shares = {mix.arch(), mix.tentedArch(), mix.leftLoop(), mix.rightLoop(), mix.whorl()};
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        for (FingerprintClass c : FingerprintClass.values()) {
            double p = shares[c.ordinal()] / total;
            double expected = 400 * p;
            double tolerance = 4 * Math.sqrt(400 * p * (1 - p));
            int got = counts.getOrDefault(c, 0);
            assertTrue(Math.abs(got - expected) <= tolerance, c + ": " + got + " of 400, expected " + expected);
        }
        SyntheticFingerprintsDatasetSpec whorls = spec(50, 1, 128, 5, new ClassMix(0, 0, 0, 0, 3), NONE);
        for (int f = 1; f <= 50; f++) {
            assertEquals(FingerprintClass.WHORL, SyntheticFingerprintGenerator.plan(whorls, 1, f).fingerClass());
        }
    }

    @Test
    void impressionsOfOneFingerAreMoreAlikeThanThoseOfDifferentFingers() {
        int size = 96;
        ImpressionVariation d = ImpressionVariation.defaults(size);
        ImpressionVariation inPlace = new ImpressionVariation(0, 0, d.distortion(), d.pressure(), d.noise(),
                d.scratches(), d.partialContact());
        List<LabeledImage> images = SyntheticFingerprintGenerator.generate(
                spec(4, 3, size, 5, ClassMix.NATURAL, inPlace), 21);
        List<Double> same = new ArrayList<>();
        List<Double> different = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            for (int j = i + 1; j < images.size(); j++) {
                // The centre only: the whole image would also correlate the outlines of different fingers.
                double r = PrintMeasures.correlation(centre(images.get(i).image(), 40), centre(images.get(j).image(), 40));
                (images.get(i).identity().equals(images.get(j).identity()) ? same : different).add(r);
            }
        }
        double minSame = same.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double maxDifferent = different.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        System.out.printf("correlation: same finger min %.3f, different fingers max %.3f%n", minSame, maxDifferent);
        assertTrue(minSame > maxDifferent, "same finger min " + minSame + " vs different max " + maxDifferent);
        assertTrue(minSame > 0.3, "same finger min " + minSame);
        assertTrue(maxDifferent < 0.3, "different fingers max " + maxDifferent);
    }

    private static GrayImage centre(GrayImage img, int edge) {
        GrayImage out = GrayImage.filled(edge, edge, 0);
        int x0 = (img.width() - edge) / 2;
        int y0 = (img.height() - edge) / 2;
        for (int y = 0; y < edge; y++) {
            for (int x = 0; x < edge; x++) {
                out.set(x, y, img.get(x0 + x, y0 + y));
            }
        }
        return out;
    }

    @Test
    void parallelGenerationEqualsFingerByFinger() {
        SyntheticFingerprintsDatasetSpec spec = spec(3, 2, 48, 5, ClassMix.NATURAL, ImpressionVariation.defaults(48));
        List<LabeledImage> all = SyntheticFingerprintGenerator.generate(spec, 4);
        SyntheticFingerprintsDatasetSpec one = spec(1, 2, 48, 5, ClassMix.NATURAL, ImpressionVariation.defaults(48));
        // Finger 1 depends only on the seed and its number, not on how many fingers are generated.
        List<LabeledImage> first = SyntheticFingerprintGenerator.generate(one, 4);
        assertArrayEquals(all.get(0).image().pixels(), first.get(0).image().pixels());
        assertArrayEquals(all.get(1).image().pixels(), first.get(1).image().pixels());
    }

    @Test
    void theDefaultRenderingIsTheFixedOneAndARangeChangesOnlyWhatItRandomises() {
        SyntheticFingerprintsDatasetSpec plain = spec(3, 2, 64, 5, ClassMix.NATURAL, ImpressionVariation.defaults(64));
        SyntheticFingerprintsDatasetSpec explicit = new SyntheticFingerprintsDatasetSpec(3, 2, 64,
                ValueRange.fixed(5), ClassMix.NATURAL, ImpressionVariation.defaults(64),
                SyntheticFingerprintsDatasetSpec.Rendering.DEFAULT);
        List<LabeledImage> a = SyntheticFingerprintGenerator.generate(plain, 5);
        List<LabeledImage> b = SyntheticFingerprintGenerator.generate(explicit, 5);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).image().pixels(), b.get(i).image().pixels(), a.get(i).file());
        }
        // a gray platen, soft blurred ridges: the background corner takes the platen's gray
        SyntheticFingerprintsDatasetSpec gray = new SyntheticFingerprintsDatasetSpec(3, 2, 64,
                ValueRange.fixed(5), ClassMix.NATURAL, ImpressionVariation.defaults(64),
                new SyntheticFingerprintsDatasetSpec.Rendering(ValueRange.fixed(190),
                        ValueRange.fixed(0.8), ValueRange.fixed(0.6),
                        ValueRange.fixed(1.0)));
        GrayImage g = SyntheticFingerprintGenerator.generate(gray, 5).get(0).image();
        assertEquals(190, g.get(0, 0));
        assertTrue(darkest(g) > darkest(a.get(0).image()), "lower contrast: no pixel as dark as before");
    }

    /** Dry, uneven, creased impressions: less coherent ridges, the same geometry, the same pixels from the seed. */
    @Test
    void aSensorTextureBreaksTheRidgesAndLeavesTheRestAsItWas() {
        SyntheticFingerprintsDatasetSpec.Rendering clean = new SyntheticFingerprintsDatasetSpec.Rendering(
                ValueRange.fixed(255), ValueRange.fixed(1.6), ValueRange.fixed(1), ValueRange.fixed(0));
        SyntheticFingerprintsDatasetSpec.Rendering textured = new SyntheticFingerprintsDatasetSpec.Rendering(
                ValueRange.fixed(255), ValueRange.fixed(1.6), ValueRange.fixed(1), ValueRange.fixed(0),
                ValueRange.fixed(0.8), ValueRange.fixed(0.6), ValueRange.fixed(3));
        assertEquals(clean, SyntheticFingerprintsDatasetSpec.Rendering.DEFAULT, "no texture by default");
        SyntheticFingerprintsDatasetSpec a = new SyntheticFingerprintsDatasetSpec(6, 2, 128, ValueRange.fixed(5),
                ClassMix.NATURAL, ImpressionVariation.defaults(128), clean);
        SyntheticFingerprintsDatasetSpec b = new SyntheticFingerprintsDatasetSpec(6, 2, 128, ValueRange.fixed(5),
                ClassMix.NATURAL, ImpressionVariation.defaults(128), textured);
        List<GrayImage> plain = SyntheticFingerprintGenerator.generate(a, 5).stream().map(LabeledImage::image).toList();
        List<GrayImage> dry = SyntheticFingerprintGenerator.generate(b, 5).stream().map(LabeledImage::image).toList();
        double dpi = b.resolution();
        double cleanCoherence = DatasetStatistics.of("clean", plain, dpi).row(COHERENCE).median();
        double dryCoherence = DatasetStatistics.of("dry", dry, dpi).row(COHERENCE).median();
        assertTrue(dryCoherence < cleanCoherence - 0.05, "coherence " + cleanCoherence + " → " + dryCoherence);
        assertEquals(255, dry.get(0).get(0, 0), "the platen stays as it was");
        List<GrayImage> again = SyntheticFingerprintGenerator.generate(b, 5).stream().map(LabeledImage::image).toList();
        for (int i = 0; i < dry.size(); i++) {
            assertArrayEquals(dry.get(i).pixels(), again.get(i).pixels(), "impression " + i + " from the seed");
        }
    }

    private static final String COHERENCE = "orientation coherence (1: clean parallel ridges)";

    @Test
    void aRidgePeriodRangeGivesEachFingerItsOwnPeriodFromItsSeed() {
        SyntheticFingerprintsDatasetSpec ranged = new SyntheticFingerprintsDatasetSpec(20, 1, 64,
                new ValueRange(4, 7), ClassMix.NATURAL, NONE, SyntheticFingerprintsDatasetSpec.Rendering.DEFAULT);
        java.util.Set<Double> periods = new java.util.HashSet<>();
        for (int f = 1; f <= 20; f++) {
            double p = SyntheticFingerprintGenerator.ridgePeriod(ranged, 3, f);
            assertTrue(p >= 4 && p <= 7, "within the range: " + p);
            assertEquals(p, SyntheticFingerprintGenerator.ridgePeriod(ranged, 3, f), "from the seed");
            periods.add(p);
        }
        assertEquals(20, periods.size(), "drawn per finger");
    }

    private static int darkest(GrayImage img) {
        int min = 255;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                min = Math.min(min, img.get(x, y));
            }
        }
        return min;
    }
}
