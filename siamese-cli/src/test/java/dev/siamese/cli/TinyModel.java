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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A tiny stripes experiment trained and evaluated in-process (16×16, two epochs, as siamese-model's
 * ProvenanceTest trains; half the scans for validation, so that it has genuine and impostor pairs): an output folder with {@code model.zip}, {@code matcher.json} and its scans.
 */
record TinyModel(Path outputFolder, List<Path> scans) {
    private static TinyModel shared;

    /**
     * One tiny model for every test of this JVM, trained on first use into a temporary folder removed when the JVM
     * exits; the tests only read it.
     */
    static synchronized TinyModel shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("siamese-cli-tiny");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            shared = train(dir);
        }
        return shared;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

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

    /** The scans' folder: stripes A and B. */
    Path scanFolder() {
        return scans.get(0).getParent();
    }

    /** An A scan. */
    Path first() {
        return scans.get(0);
    }

    /** A B scan. */
    Path last() {
        return scans.get(scans.size() - 1);
    }

    Path model() {
        return outputFolder.resolve(OutputFiles.MODEL_FILE);
    }

    Path matcher() {
        return outputFolder.resolve(OutputFiles.MATCHER_FILE);
    }
}
