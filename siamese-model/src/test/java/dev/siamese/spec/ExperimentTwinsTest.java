package dev.siamese.spec;

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
}
