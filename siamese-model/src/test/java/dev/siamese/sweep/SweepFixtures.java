package dev.siamese.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny stripes experiment (16 px, 2 epochs: trains in well under a second) and sweeps over it. */
final class SweepFixtures {
    static final String EXPERIMENT = """
            {"schemaVersion": 1, "name": "tiny",
             "dataset": {"type": "stripes", "size": 16, "stripeWidth": 2, "scansPerFinger": 4},
             "pairs": {"strategy": "balanced"},
             "model": {"branch": [{"type": "flatten"}, {"type": "dense", "units": 4, "activation": "relu"}]},
             "training": {"epochs": 2, "batchSize": 8}}
            """;

    private SweepFixtures() {
    }

    /** Writes the experiment and {@code sweepJson} into {@code dir}; returns the sweep file. */
    static Path write(Path dir, String sweepJson) throws IOException {
        Files.writeString(dir.resolve("experiment.json"), EXPERIMENT);
        return Files.writeString(dir.resolve("sweep.json"), sweepJson);
    }
}
