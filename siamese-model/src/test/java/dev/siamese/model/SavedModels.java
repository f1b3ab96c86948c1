package dev.siamese.model;

import dev.siamese.data.GrayImage;
import dev.siamese.spec.Activation;
import dev.siamese.spec.AugmentationSpec;
import dev.siamese.spec.BranchPresets;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.LossSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.TrainingSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/**
 * Small trained networks saved as {@code model.zip} with the distances they give on fixed pairs, kept as test
 * resources so that later code must still load what earlier code saved, and score it the same. The resources
 * ({@value #FOLDER}) were written by {@link #main} at the commit their README names; running it again writes
 * what today's code saves, which is not the point of the fixtures: do so only for a new fixture.
 */
public final class SavedModels {
    static final String FOLDER = "src/test/resources/dev/siamese/model/saved";
    static final int SIZE = 12;
    static final int PAIRS = 6;

    /** A fixture: a name, and how its network is made and trained. */
    enum Fixture {
        /** The stripes' dense-1 branch (Flatten → Dense(128, relu)) as a pair graph, RMSprop. */
        DENSE_PAIRS,
        /** Every custom layer of the conv branches (BatchNorm + ReLU fused, tanh, ReLU, dropout), trained by finger. */
        CONV_BY_FINGER;

        String folder() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private SavedModels() {
    }

    /** The left images of the scored pairs. */
    static List<GrayImage> left() {
        return TestImages.random(PAIRS, SIZE, 101);
    }

    /** The right images of the scored pairs. */
    static List<GrayImage> right() {
        return TestImages.random(PAIRS, SIZE, 202);
    }

    /** The distances in {@code scores.txt}: one per line, as {@link Double#toString} writes them. */
    static double[] parseScores(String text) {
        return text.lines().filter(l -> !l.isBlank()).mapToDouble(Double::parseDouble).toArray();
    }

    static String formatScores(double[] distances) {
        return DoubleStream.of(distances).mapToObj(Double::toString).collect(Collectors.joining("\n", "", "\n"));
    }

    static SiameseNetwork trained(Fixture fixture) {
        return switch (fixture) {
            case DENSE_PAIRS -> densePairs();
            case CONV_BY_FINGER -> convByFinger();
        };
    }

    private static SiameseNetwork densePairs() {
        ModelSpec model = new ModelSpec("dense-1", BranchPresets.get("dense-1").orElseThrow(), 1.0);
        SiameseNetwork net = SiameseNetwork.create(model, OptimizerSpec.defaults(OptimizerSpec.OptimizerType.RMSPROP),
                42, SIZE, SIZE);
        INDArray left = net.input(TestImages.random(8, SIZE, 1));
        INDArray right = net.input(TestImages.random(8, SIZE, 2));
        try (PairBatch batch = PairBatch.of(left, right, ImageTensors.labels(new int[] {1, 0, 1, 0, 1, 0, 1, 0}))) {
            for (int step = 0; step < 3; step++) {
                net.fit(batch);
            }
        }
        return net;
    }

    private static SiameseNetwork convByFinger() {
        List<LayerSpec> branch = List.of(
                new LayerSpec.Conv2d(4, 5, 5, 2, 2, LayerSpec.Padding.SAME, Activation.LINEAR),
                new LayerSpec.BatchNorm(0.9, 1e-3),
                new LayerSpec.ActivationLayer(Activation.RELU),
                new LayerSpec.Conv2d(6, 3, 3, 1, 1, LayerSpec.Padding.SAME, Activation.TANH),
                new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Conv2d(8, 3, 3, 1, 1, LayerSpec.Padding.SAME, Activation.RELU),
                new LayerSpec.BatchNorm(0.9, 1e-3),
                new LayerSpec.Flatten(),
                new LayerSpec.Dropout(0.2),
                new LayerSpec.Dense(16, Activation.LINEAR),
                new LayerSpec.BatchNorm(0.9, 1e-3));
        ModelSpec model = new ModelSpec(ModelSpec.ModelType.SIAMESE, null, branch, 1.0, Double.NaN,
                ModelSpec.WeightInit.HE_NORMAL, new LossSpec.MarginSoftmax(LossSpec.Kind.ARCFACE, 16, 0.2));
        TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerSpec.OptimizerType.ADAM), 1, 12,
                null, 0, null, AugmentationSpec.NONE, 1);
        SiameseNetwork net = SiameseNetwork.create(model, training, 7, SIZE, SIZE, 3, DataType.FLOAT);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 12, 3);
        for (int i = 0; i < 12; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        try (IdentityBatch batch = new IdentityBatch(net.input(TestImages.random(12, SIZE, 3)), labels)) {
            for (int step = 0; step < 3; step++) {
                net.fit(batch);
            }
        }
        return net;
    }

    /** Writes each fixture's {@code model.zip} and {@code scores.txt} below {@code args[0]} (default {@value #FOLDER}). */
    public static void main(String[] args) throws IOException {
        NetworkProcess.initialise();
        Path root = Path.of(args.length > 0 ? args[0] : FOLDER);
        for (Fixture fixture : Fixture.values()) {
            Path folder = Files.createDirectories(root.resolve(fixture.folder()));
            SiameseNetwork net = trained(fixture);
            net.save(folder.resolve("model.zip"));
            Files.writeString(folder.resolve("scores.txt"), formatScores(BatchedDistances.of(net, left(), right())));
        }
    }
}
