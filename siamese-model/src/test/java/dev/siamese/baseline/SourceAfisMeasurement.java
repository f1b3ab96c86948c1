package dev.siamese.baseline;

import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.eval.MetricsCalculator;
import dev.siamese.eval.PairMetrics;
import dev.siamese.eval.ScoredPairs;
import dev.siamese.pairs.ImagePair;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: measures SourceAFIS on 20 synthetic fingers × 8 impressions at 128 px (default variation),
 * on the balanced pairs and on FVC's protocol (every genuine pair; impostors: first impressions of every
 * two fingers). Run with
 * {@code mvn -B -o -q -pl siamese-model test -Dtest=SourceAfisMeasurement -Dsiamese.measure=true}.
 */
@EnabledIfSystemProperty(named = "siamese.measure", matches = "true")
class SourceAfisMeasurement {
    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "afis-20x8",
                 "dataset": {"type": "synthetic-fingerprints", "fingers": 20, "impressionsPerFinger": 8, "size": 128},
                 "split": {"validationFraction": 0},
                 "pairs": {"strategy": "balanced"},
                 "model": {"type": "sourceafis"}}
                """);
        ExperimentSpec spec = new ExperimentSpecReader().read(file);
        new DatasetPreparer().prepare(spec, dir.resolve("dataset"));
        PreparedDataset data = PreparedDataset.read(dir.resolve("dataset"));
        Map<String, GrayImage> images = new LinkedHashMap<>();
        data.images().forEach((k, v) -> images.put(k, v.image()));
        double dpi = spec.model().dpi();
        System.out.printf(Locale.ROOT, "%d images, dpi %.1f, %d cores%n", images.size(), dpi,
                Runtime.getRuntime().availableProcessors());

        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            SourceAfisScorer scorer = new SourceAfisScorer(dpi, threads);
            long t0 = System.nanoTime();
            scorer.extract(images);
            double extractS = (System.nanoTime() - t0) / 1e9;
            List<ImagePair> fvc = fvcPairs(data);
            long t1 = System.nanoTime();
            ScoredPairs fvcScores = scorer.score(data, fvc);
            double matchS = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "threads %d: %.1f templates/s (%d in %.2f s), %.0f comparisons/s (%d in %.2f s)%n",
                    threads, images.size() / extractS, images.size(), extractS, fvc.size() / matchS, fvc.size(), matchS);
            if (threads == 1) {
                report("balanced", scorer.score(data, data.pairs().train()));
                report("FVC protocol", fvcScores);
            }
        }
        // Polarity check: SourceAFIS expects dark ridges on light ground; inverted prints should do worse.
        Map<String, LabeledImage> inverted = new LinkedHashMap<>();
        data.images().forEach((k, v) -> {
            byte[] p = v.image().pixels().clone();
            for (int i = 0; i < p.length; i++) {
                p[i] = (byte) (255 - (p[i] & 0xff));
            }
            inverted.put(k, new LabeledImage(v.file(), v.identity(), new GrayImage(v.image().width(), v.image().height(), p)));
        });
        PreparedDataset inv = new PreparedDataset(data.directory(), data.manifest(), data.pairs(), inverted);
        report("FVC protocol, inverted images", new SourceAfisScorer(dpi).score(inv, fvcPairs(inv)));
        report("FVC protocol, dpi 500", new SourceAfisScorer(500).score(data, fvcPairs(data)));
    }

    private static void report(String what, ScoredPairs s) {
        PairMetrics m = MetricsCalculator.compute(s, 0.5, 1.0);
        System.out.printf(Locale.ROOT, "%s: %d genuine, %d impostor; genuine distance mean %.4f (std %.4f), impostor %.4f (std %.4f); "
                        + "ROC AUC %.4f; EER %.4f [%.4f, %.4f] at %.4f; accuracy at 0.5 (s = 40) %.4f; best accuracy %.4f%n",
                what, m.genuinePairs(), m.impostorPairs(), m.genuineDistances().mean(), m.genuineDistances().std(),
                m.impostorDistances().mean(), m.impostorDistances().std(), m.rocAuc(), m.eer(), m.eerLow(), m.eerHigh(),
                m.eerThreshold(), m.accuracy(), m.bestAccuracy());
    }

    /** FVC's protocol over the whole data set, by the library's own sampler. */
    private static List<ImagePair> fvcPairs(PreparedDataset data) {
        return dev.siamese.pairs.PairPlanner.plan(new ArrayList<>(data.images().values()),
                new dev.siamese.spec.PairsSpec(dev.siamese.spec.PairStrategy.FVC, 1.0 / 3), false, 0,
                dev.siamese.data.Split.VALIDATION);
    }
}
