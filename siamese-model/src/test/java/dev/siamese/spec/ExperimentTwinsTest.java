package dev.siamese.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher and its SourceAFIS twin must score exactly the same comparisons, at full and at CI size. */
class ExperimentTwinsTest {
    private static final Path EXPERIMENTS = Path.of("..", "experiments");

    @ParameterizedTest
    @ValueSource(strings = {"experiment.json", "experiment-ci.json"})
    void matcherAndSourceAfisTwinShareSeedDataSplitAndPairs(String file) {
        ExperimentSpecReader reader = new ExperimentSpecReader();
        ExperimentSpec network = reader.read(EXPERIMENTS.resolve("fingerprint-matcher").resolve(file));
        ExperimentSpec baseline = reader.read(EXPERIMENTS.resolve("fingerprint-matcher-sourceafis").resolve(file));
        assertEquals(network.seed(), baseline.seed());
        assertEquals(network.dataset(), baseline.dataset());
        assertEquals(network.split(), baseline.split());
        assertEquals(network.pairs(), baseline.pairs());
        assertTrue(network.model().isNetwork() && network.model().loss().byIdentity());
        assertFalse(baseline.model().isNetwork());
    }
}
