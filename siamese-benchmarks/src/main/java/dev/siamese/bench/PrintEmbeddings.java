package dev.siamese.bench;

import dev.siamese.data.LabeledImage;
import dev.siamese.data.synthetic.SyntheticFingerprintGenerator;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Template;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A matcher's templates of synthetic prints: {@code fingers} fingers × {@code impressions} impressions at the
 * matcher's input size, generated from {@code seed} (not the training seed: fingers the matcher never saw) and
 * embedded a slice of fingers at a time, so that the images never all sit in memory. {@link #cached} keeps them
 * in a file named by the model's hash, the sizes and the seed, so that a second run skips the slow part.
 *
 * @param fingers per finger, its impressions' templates in order
 */
record PrintEmbeddings(List<List<float[]>> fingers) {
    private static final int FINGERS_PER_SLICE = 250;

    /** The embeddings from {@code directory} if an earlier run left them there; made and saved otherwise. */
    static PrintEmbeddings cached(Path directory, FingerprintMatcher matcher, int fingers, int impressions, long seed) {
        Path file = directory.resolve(String.format(Locale.ROOT, "print-embeddings-%s-%dx%d-%d.bin",
                matcher.modelSha256().substring(0, 12), fingers, impressions, seed));
        try {
            if (Files.isRegularFile(file)) {
                System.out.println("  templates read from " + file + " (an earlier run's)");
                return read(file);
            }
            PrintEmbeddings made = of(matcher, fingers, impressions, seed);
            Files.createDirectories(directory);
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            made.write(partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrintEmbeddings read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int fingers = in.readInt();
            int impressions = in.readInt();
            int e = in.readInt();
            List<List<float[]>> out = new ArrayList<>(fingers);
            for (int f = 0; f < fingers; f++) {
                List<float[]> finger = new ArrayList<>(impressions);
                for (int i = 0; i < impressions; i++) {
                    float[] t = new float[e];
                    for (int j = 0; j < e; j++) {
                        t[j] = in.readFloat();
                    }
                    finger.add(t);
                }
                out.add(finger);
            }
            return new PrintEmbeddings(out);
        }
    }

    private void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(fingers.size());
            out.writeInt(fingers.get(0).size());
            out.writeInt(dimensions());
            for (List<float[]> finger : fingers) {
                for (float[] t : finger) {
                    for (float v : t) {
                        out.writeFloat(v);
                    }
                }
            }
        }
    }

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
