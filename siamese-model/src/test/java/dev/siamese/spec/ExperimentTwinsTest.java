package dev.siamese.spec;

import java.util.List;
import java.util.ArrayList;
import java.nio.file.Files;
import java.io.IOException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import dev.siamese.data.Split;
import dev.siamese.data.LabeledImage;
import dev.siamese.data.GrayImage;
import dev.siamese.data.DatasetSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A network, its SourceAFIS twin and their fusion score exactly the same comparisons, at full and at CI size. */
class ExperimentTwinsTest {
    private static final Path EXPERIMENTS = Path.of("..", "experiments");

    @ParameterizedTest
    @CsvSource({
            "fingerprint-matcher, experiment.json", "fingerprint-matcher, experiment-ci.json",
            "heldout-ridge-period, experiment.json", "heldout-ridge-period, experiment-ci.json",
            "heldout-rendering, experiment.json", "heldout-rendering, experiment-ci.json",
            "heldout-distortion-noise, experiment.json", "heldout-distortion-noise, experiment-ci.json"})
    void networkAndSourceAfisTwinShareSeedDataSplitAndPairs(String network, String file) {
        ExperimentSpecReader reader = new ExperimentSpecReader();
        ExperimentSpec net = reader.read(EXPERIMENTS.resolve(network).resolve(file));
        ExperimentSpec baseline = reader.read(EXPERIMENTS.resolve(network + "-sourceafis").resolve(file));
        ExperimentSpec fusion = reader.read(EXPERIMENTS.resolve(network + "-fusion").resolve(file));
        for (ExperimentSpec twin : new ExperimentSpec[] {baseline, fusion}) {
            assertEquals(net.seed(), twin.seed(), twin.name());
            assertEquals(net.dataset(), twin.dataset(), twin.name());
            assertEquals(net.split(), twin.split(), twin.name());
            assertEquals(net.pairs(), twin.pairs(), twin.name());
        }
        assertTrue(net.model().scoresWithNetwork());
        assertFalse(baseline.model().scoresWithNetwork());
        assertEquals(ModelSpec.ModelType.FUSION, fusion.model().type());
    }

    @ParameterizedTest
    @CsvSource({"heldout-ridge-period", "heldout-rendering", "heldout-distortion-noise"})
    void aHeldOutRegimeHasOtherFingersAndASettingOutsideEveryRangeTheModelWasTrainedOn(String regime) {
        ExperimentSpecReader reader = new ExperimentSpecReader();
        ExperimentSpec heldOut = reader.read(EXPERIMENTS.resolve(regime).resolve("experiment.json"));
        assertEquals(ModelSpec.ModelType.PRETRAINED, heldOut.model().type());
        String trainedOn = Path.of(heldOut.model().from()).getParent().getParent().getFileName().toString();
        ExperimentSpec trained = reader.read(EXPERIMENTS.resolve(trainedOn).resolve("experiment.json"));
        assertTrue(heldOut.seed() != trained.seed(), "other fingers");
        SyntheticFingerprintsDatasetSpec a = (SyntheticFingerprintsDatasetSpec) trained.dataset();
        SyntheticFingerprintsDatasetSpec b = (SyntheticFingerprintsDatasetSpec) heldOut.dataset();
        SyntheticFingerprintsDatasetSpec.Rendering ra = a.rendering();
        SyntheticFingerprintsDatasetSpec.Rendering rb = b.rendering();
        boolean outside = outside(a.ridgePeriods(), b.ridgePeriods()) || outside(ra.background(), rb.background())
                || outside(ra.ridgeSharpness(), rb.ridgeSharpness()) || outside(ra.contrast(), rb.contrast())
                || outside(ra.blur(), rb.blur())
                || b.variation().distortion() > a.variation().distortion() || b.variation().noise() > a.variation().noise();
        assertTrue(outside, regime + " lies inside what " + trainedOn + " was trained on");
    }

    private static boolean outside(ValueRange trained, ValueRange tested) {
        return tested.max() < trained.min() || tested.min() > trained.max();
    }

    /** The real-data twins read the same scans, split and pairs; reading them needs the real scans' folder. */
    @ParameterizedTest
    @CsvSource({"real-fcj2020", "real-fvc2000"})
    void realDataTwinsShareTheirComparisons(String network, @TempDir Path realData) throws IOException {
        ExperimentSpecReader reader = realDataReader(realData);
        ExperimentSpec net = reader.read(EXPERIMENTS.resolve(network).resolve("experiment.json"));
        for (String twin : new String[] {"-sourceafis", "-fusion"}) {
            ExperimentSpec t = reader.read(EXPERIMENTS.resolve(network + twin).resolve("experiment.json"));
            assertEquals(net.seed(), t.seed(), t.name());
            assertEquals(net.dataset(), t.dataset(), t.name());
            assertEquals(net.split(), t.split(), t.name());
            assertEquals(net.pairs(), t.pairs(), t.name());
        }
        assertEquals("../fingerprint-matcher-real/target/siamese", net.model().from());
    }

    /**
     * fingerprint-matcher-real never trains on the 100 FCJ2020 fingers real-fcj2020 judges, and leaves 20 more unseen
     * for real-fcj2020-fusion to fit its weights on: the same seed and identity shuffle, its validation cut (0.6) a
     * superset of real-fcj2020's (0.5).
     */
    @Test
    void theRealMatcherNeverTrainsOnTheFingersRealFcj2020Judges(@TempDir Path realData) throws IOException {
        ExperimentSpecReader reader = realDataReader(realData);
        ExperimentSpec trained = reader.read(EXPERIMENTS.resolve("fingerprint-matcher-real").resolve("experiment.json"));
        ExperimentSpec judged = reader.read(EXPERIMENTS.resolve("real-fcj2020").resolve("experiment.json"));
        assertEquals(trained.dataset(), judged.dataset());
        assertEquals(trained.seed(), judged.seed());
        List<LabeledImage> images = new ArrayList<>();
        GrayImage blank = GrayImage.filled(1, 1, 0);
        for (int f = 0; f < 200; f++) {
            images.add(new LabeledImage(f + ".png", String.format("%03d_%d", 101 + f / 4, 4 + f % 4), blank));
        }
        List<Split> training = DatasetSplitter.assign(images, trained.split(), trained.seed());
        List<Split> judging = DatasetSplitter.assign(images, judged.split(), judged.seed());
        int unseenTraining = 0;
        for (int i = 0; i < images.size(); i++) {
            if (judging.get(i) == Split.VALIDATION) {
                assertEquals(Split.VALIDATION, training.get(i), images.get(i).identity() + " is judged but trained on");
            } else if (training.get(i) == Split.VALIDATION) {
                unseenTraining++;
            }
        }
        assertEquals(100, judging.stream().filter(s -> s == Split.VALIDATION).count(), "at least 100 judged fingers");
        assertEquals(20, unseenTraining, "fingers for the fusion's weights that the network never saw");
    }

    private static ExperimentSpecReader realDataReader(Path realData) throws IOException {
        for (String set : List.of("fcj2020", "fvc2000-db1-b", "fvc2000-db2-b", "fvc2000-db3-b")) {
            Files.createDirectories(realData.resolve(set));
        }
        return new ExperimentSpecReader(List.of(), realData);
    }
}
