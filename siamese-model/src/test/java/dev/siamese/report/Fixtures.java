package dev.siamese.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.siamese.eval.DistanceSummary;
import dev.siamese.eval.PairMetrics;
import dev.siamese.pairs.SplitSummary;
import dev.siamese.results.DatasetSummary;
import dev.siamese.results.Environment;
import dev.siamese.results.Metrics;
import dev.siamese.results.PairScores;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.history.EpochRecord;
import dev.siamese.history.History;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hand-made but realistic results, as siamese:evaluate writes them. */
final class Fixtures {
    private Fixtures() {
    }

    static PairMetrics metrics(double accuracy, Double rocAuc, Double eer, double loss) {
        return new PairMetrics(60, 20, 40, loss, accuracy, 0.5, rocAuc, eer, eer, eer, 0.61, Math.max(accuracy, 0.95), 0.6,
                eer, eer, eer, eer,
                new DistanceSummary(20, 0.3, 0.1, 0.1, 0.7), new DistanceSummary(40, 0.9, 0.15, 0.4, 1.3),
                List.of(new dev.siamese.eval.DetPoint(0, 1), new dev.siamese.eval.DetPoint(0.025, 0.4),
                        new dev.siamese.eval.DetPoint(0.1, 0.15), new dev.siamese.eval.DetPoint(0.3, 0.05),
                        new dev.siamese.eval.DetPoint(1, 0)));
    }

    static Results results(String name, double valAccuracy, Double valRocAuc, Double valEer, double valLoss,
                           double trainAccuracy) {
        return results(name, "a test experiment", metrics(trainAccuracy, 0.99, 0.02, 0.05),
                metrics(valAccuracy, valRocAuc, valEer, valLoss));
    }

    static Results results(String name, String description, PairMetrics train, PairMetrics validation) {
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        spec.put("schemaVersion", 1).put("name", name).put("description", description);
        List<EpochRecord> epochs = new ArrayList<>();
        for (int e = 1; e <= 20; e++) {
            epochs.add(new EpochRecord(e, 0.3 / e + 0.02, 0.35 / e + validation.loss(), Math.min(1, 0.5 + e * 0.03),
                    Math.min(validation.accuracy(), 0.5 + e * 0.025)));
        }
        return new Results(Results.SCHEMA_VERSION, name, spec, "00", null,
                new Environment("Eclipse Adoptium 17.0.12", "1.0.0-M2.1", "CPU", "generic", "AVX2", 1,
                        true, "Linux 6.1 amd64", "Test CPU <b>", 2, "0.2.0"),
                new History(epochs, false), new Metrics(train, validation), "ab", null, null, null);
    }

    /**
     * The results as made of a data set (its manifest's fingerprint) and a spec whose {@code model} section is
     * {@code modelJson}, e.g. {@code {"branch": "conv", "loss": {"type": "cosface"}}}.
     */
    static Results madeOf(Results r, String datasetFingerprint, String modelJson) {
        ObjectNode spec = r.spec().deepCopy();
        try {
            spec.set("model", ResultsJson.mapper().readTree(modelJson));
        } catch (IOException e) {
            throw new IllegalArgumentException(modelJson, e);
        }
        return new Results(r.schemaVersion(), r.experiment(), spec, r.specSha256(),
                new DatasetSummary("synthetic-fingerprints", 96, 96, datasetFingerprint, "beef",
                        new SplitSummary(96, 24, 192, 96, 96), new SplitSummary(24, 6, 51, 36, 15)),
                r.environment(), r.history(), r.metrics(), r.modelSha256(), r.timings(), r.diagnostics(), r.provenance());
    }

    /** Pairs over images A_00.png… B_05.png: genuine mostly near, impostors mostly far, a few misjudged. */
    static PairScores scores() {
        List<PairScores.ScoredPair> validation = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            validation.add(new PairScores.ScoredPair("A_0" + i + ".png", "A_0" + ((i + 1) % 6) + ".png", 1, 0.1 + 0.08 * i));
            validation.add(new PairScores.ScoredPair("A_0" + i + ".png", "B_0" + i + ".png", 0, 1.2 - 0.15 * i));
        }
        return new PairScores(PairScores.SCHEMA_VERSION, validation, validation);
    }

    /** Writes {@code <dir>/target/siamese/results.json} (and scores and images when asked); returns the results file. */
    static Path write(Path dir, Results results, boolean withScores) throws IOException {
        Path out = dir.resolve("target/siamese");
        ResultsJson.write(out.resolve("results.json"), results);
        if (withScores) {
            ResultsJson.writeScores(out.resolve("scores.json"), scores());
            Path dataset = Files.createDirectories(out.resolve("dataset"));
            for (int i = 0; i < 6; i++) {
                ImageIO.write(stripes(true), "png", dataset.resolve("A_0" + i + ".png").toFile());
                ImageIO.write(stripes(false), "png", dataset.resolve("B_0" + i + ".png").toFile());
            }
        }
        return out.resolve("results.json");
    }

    private static BufferedImage stripes(boolean vertical) {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                int v = ((vertical ? x : y) / 4) % 2 == 0 ? 0 : 255;
                image.getRaster().setSample(x, y, 0, v);
            }
        }
        return image;
    }
}
