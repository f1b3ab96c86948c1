package dev.siamese.cli;

import dev.siamese.OutputFiles;
import dev.siamese.experiment.ExperimentEvaluation;
import dev.siamese.experiment.ExperimentTraining;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.train.TrainingListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A tiny stripes experiment trained and evaluated in-process (16×16, two epochs, as siamese-model's
 * ProvenanceTest trains; half the scans for validation, so that it has genuine and impostor pairs): an output folder with {@code model.zip}, {@code matcher.json} and its scans.
 */
record TinyModel(Path outputFolder, List<Path> scans) {

    static TinyModel train(Path dir) throws IOException {
        Path file = dir.resolve("tiny/experiment.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "tiny",
                 "dataset": {"type": "stripes", "size": 16, "stripeWidth": 4, "scansPerFinger": 6},
                 "split": {"validationFraction": 0.5},
                 "pairs": {"strategy": "balanced"},
                 "model": {"branch": "dense-1"}, "training": {"epochs": 2, "batchSize": 4}}
                """);
        ExperimentSpec spec = new ExperimentSpecReader().read(file);
        Path out = dir.resolve("tiny/target/siamese");
        new ExperimentTraining().run(spec, out, TrainingListener.NONE);
        new ExperimentEvaluation().run(spec, out);
        try (Stream<Path> files = Files.walk(out.resolve(OutputFiles.DATASET_FOLDER))) {
            return new TinyModel(out, files.filter(p -> p.toString().endsWith(".bmp")).sorted().toList());
        }
    }

    Path model() {
        return outputFolder.resolve(OutputFiles.MODEL_FILE);
    }

    Path matcher() {
        return outputFolder.resolve(OutputFiles.MATCHER_FILE);
    }
}
