package dev.siamese.match;

import dev.siamese.OutputFiles;
import dev.siamese.Sha256;
import dev.siamese.data.GrayImage;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.Activation;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OperatingPoint;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.eval.OperatingThreshold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A small untrained network saved as an experiment's output folder, and random images for it. */
final class MatcherFixture {
    static final int SIZE = 16;

    private MatcherFixture() {
    }

    /** {@code model.zip} (seeded by {@code seed}) and, when {@code threshold} is given, a {@code matcher.json}. */
    static Path outputFolder(Path dir, long seed, Double threshold) throws IOException {
        ModelSpec model = new ModelSpec(null, List.of(new LayerSpec.Flatten(),
                new LayerSpec.Dense(8, Activation.TANH), new LayerSpec.Dense(4, Activation.LINEAR)), 1.0);
        SiameseNetwork net = SiameseNetwork.create(model, OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM),
                seed, SIZE, SIZE);
        Path zip = dir.resolve(OutputFiles.MODEL_FILE);
        net.save(zip);
        if (threshold != null) {
            MatcherSettings.of(Sha256.of(zip), OperatingPoint.EER, new OperatingThreshold(threshold, 0.01, 0.02))
                    .write(dir.resolve(OutputFiles.MATCHER_FILE));
        }
        return dir;
    }

    static List<GrayImage> images(int count, int size, long seed) {
        Random r = new Random(seed);
        List<GrayImage> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] p = new byte[size * size];
            r.nextBytes(p);
            out.add(new GrayImage(size, size, p));
        }
        return out;
    }
}
