package dev.siamese.bench;

import dev.siamese.data.LabeledImage;
import dev.siamese.data.synthetic.SyntheticFingerprintGenerator;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;

import java.util.List;
import java.util.Locale;

/**
 * Times the synthetic fingerprint generator on FVC's size: 100 fingers × 8 impressions at 128×128 with the
 * default variation, after one smaller warm-up run. Not a test: numbers depend on the machine and its load.
 * Run with {@code mvn -pl siamese-benchmarks exec:java@bench-synthetic}; arguments: fingers (default 100),
 * impressions (8), size (128), repetitions (3).
 */
public final class SyntheticBenchmark {
    private SyntheticBenchmark() {
    }

    public static void main(String[] args) {
        int fingers = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int impressions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 128;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        SyntheticFingerprintGenerator.generate(spec(Math.max(2, fingers / 10), impressions, size), 1);
        SyntheticFingerprintsDatasetSpec spec = spec(fingers, impressions, size);
        System.out.printf(Locale.ROOT, "synthetic fingerprints: %d fingers × %d impressions, %d px, ridge period %.1f, "
                        + "%d processors%n", fingers, impressions, size, spec.ridgePeriod(),
                Runtime.getRuntime().availableProcessors());
        double best = Double.MAX_VALUE;
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            List<LabeledImage> images = SyntheticFingerprintGenerator.generate(spec, 42 + r);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf(Locale.ROOT, "run %d: %d images in %.2f s, %.0f impressions/s%n", r + 1, images.size(),
                    seconds, images.size() / seconds);
        }
        System.out.printf(Locale.ROOT, "best: %.2f s, %.0f impressions/s%n", best, fingers * impressions / best);
    }

    private static SyntheticFingerprintsDatasetSpec spec(int fingers, int impressions, int size) {
        return new SyntheticFingerprintsDatasetSpec(fingers, impressions, size,
                SyntheticFingerprintsDatasetSpec.defaultRidgePeriod(size),
                SyntheticFingerprintsDatasetSpec.ClassMix.NATURAL,
                SyntheticFingerprintsDatasetSpec.ImpressionVariation.defaults(size));
    }
}
