package dev.siamese.bench;

import dev.siamese.data.LabeledImage;
import dev.siamese.data.synthetic.SyntheticFingerprintGenerator;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Template;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A matcher's templates of synthetic prints: {@code fingers} fingers × {@code impressions} impressions at the
 * matcher's input size, generated from {@code seed} (not the training seed: fingers the matcher never saw) and
 * embedded a slice of fingers at a time, so that the images never all sit in memory.
 *
 * @param fingers per finger, its impressions' templates in order
 */
record PrintEmbeddings(List<List<float[]>> fingers) {
    private static final int FINGERS_PER_SLICE = 250;

    static PrintEmbeddings of(FingerprintMatcher matcher, int fingers, int impressions, long seed) {
        List<List<float[]>> out = new ArrayList<>(fingers);
        long start = System.nanoTime();
        for (int from = 0; from < fingers; from += FINGERS_PER_SLICE) {
            int count = Math.min(FINGERS_PER_SLICE, fingers - from);
            SyntheticFingerprintsDatasetSpec spec = new SyntheticFingerprintsDatasetSpec(count, impressions,
                    matcher.width(), SyntheticFingerprintsDatasetSpec.defaultRidgePeriod(matcher.width()),
                    SyntheticFingerprintsDatasetSpec.ClassMix.NATURAL,
                    SyntheticFingerprintsDatasetSpec.ImpressionVariation.defaults(matcher.width()));
            List<LabeledImage> images = SyntheticFingerprintGenerator.generate(spec, seed + from);
            List<Template> templates = matcher.embedAll(images.stream().map(LabeledImage::image).toList(),
                    images.stream().map(LabeledImage::file).toList());
            Map<String, List<float[]>> byFinger = new LinkedHashMap<>();
            for (int i = 0; i < images.size(); i++) {
                byFinger.computeIfAbsent(images.get(i).identity(), k -> new ArrayList<>()).add(templates.get(i).values());
            }
            out.addAll(byFinger.values());
            System.out.printf(Locale.ROOT, "  embedded %,d of %,d fingers (%.0f s)%n", out.size(), fingers,
                    (System.nanoTime() - start) / 1e9);
        }
        return new PrintEmbeddings(out);
    }

    int dimensions() {
        return fingers.get(0).get(0).length;
    }
}
