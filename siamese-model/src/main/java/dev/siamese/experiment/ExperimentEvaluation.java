package dev.siamese.experiment;

import dev.siamese.results.DatasetSummary;
import dev.siamese.results.Environment;
import dev.siamese.results.Metrics;
import dev.siamese.results.PairScores;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.results.Timings;

import dev.siamese.OutputFiles;
import dev.siamese.Sha256;

import com.fasterxml.jackson.databind.JsonNode;
import dev.siamese.ExperimentException;
import dev.siamese.baseline.SourceAfisScorer;
import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.data.GrayImage;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.pairs.SplitSummary;
import dev.siamese.data.Split;
import dev.siamese.diagnostics.Diagnostics;
import dev.siamese.diagnostics.DiagnosticsJson;
import dev.siamese.diagnostics.EpochDiagnostics;
import dev.siamese.diagnostics.VerdictRules;
import dev.siamese.eval.MetricsCalculator;
import dev.siamese.eval.PairScorer;
import dev.siamese.eval.ScoredPairs;
import dev.siamese.model.BackendInfo;
import dev.siamese.model.Backends;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.experiment.ExperimentTraining;
import dev.siamese.train.History;
import dev.siamese.train.HistoryJson;
import dev.siamese.train.TrainingTimings;

import dev.siamese.eval.OperatingThreshold;
import dev.siamese.match.MatcherSettings;
import dev.siamese.spec.OperatingPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;

/**
 * Evaluates a trained experiment: distances of the trained network (or, for {@code model.type}
 * {@code sourceafis}, of SourceAFIS, which needs no model file and no ND4J) on the training and
 * validation pairs, their metrics, and {@value OutputFiles#RESULTS_FILE} with everything that made them.
 */
public final class ExperimentEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentEvaluation.class);
    private static final int BATCH = 256;

    public Results run(ExperimentSpec spec, Path outputDirectory) {
        long start = System.nanoTime();
        Path datasetDir = outputDirectory.resolve(OutputFiles.DATASET_FOLDER);
        Path modelFile = outputDirectory.resolve(OutputFiles.MODEL_FILE);
        Path historyFile = outputDirectory.resolve(OutputFiles.HISTORY_FILE);
        boolean network = spec.model().scoresWithNetwork();
        List<Path> required = network ? List.of(datasetDir.resolve(OutputFiles.MANIFEST), modelFile, historyFile)
                : List.of(datasetDir.resolve(OutputFiles.MANIFEST), historyFile);
        for (Path p : required) {
            if (!Files.isRegularFile(p)) {
                throw new ExperimentException(p + ": not found; run siamese:train first");
            }
        }
        // SourceAFIS needs neither ND4J nor a model file.
        BackendInfo backend = network ? Backends.initialise() : null;
        PreparedDataset data = PreparedDataset.read(datasetDir);
        PairScorer scorer = network ? new NetworkScorer(fitting(SiameseNetwork.load(modelFile), modelFile, data))
                : new SourceAfisScorer(spec.model().dpi());
        History history;
        try {
            history = HistoryJson.read(historyFile);
        } catch (IOException e) {
            throw new ExperimentException(historyFile + ": unreadable (" + e.getMessage() + "); run siamese:train again");
        }
        double threshold = spec.evaluation().threshold();
        double margin = spec.model().margin();
        ScoredPairs trainScores = scorer.score(data, data.pairs().train());
        ScoredPairs validationScores = scorer.score(data, data.pairs().validation());
        Metrics metrics = new Metrics(MetricsCalculator.compute(trainScores, threshold, margin),
                MetricsCalculator.compute(validationScores, threshold, margin));
        JsonNode specJson;
        try {
            specJson = ResultsJson.mapper().readTree(spec.resolved());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        TrainingTimings trained = TrainingTimings.read(outputDirectory.resolve(OutputFiles.TIMINGS_FILE)).orElse(null);
        Timings timings = new Timings(trained == null ? null : trained.seconds(),
                trained == null || trained.epochs() == 0 ? null : trained.seconds() / trained.epochs(),
                trained == null ? null : trained.pairsPerSecond(), (System.nanoTime() - start) / 1e9);
        Diagnostics diagnostics = null;
        if (spec.diagnostics() && spec.model().isNetwork()) { // SourceAFIS and pretrained models have no training here
            List<EpochDiagnostics> epochs = DiagnosticsJson.read(outputDirectory.resolve(OutputFiles.DIAGNOSTICS_FILE));
            diagnostics = new Diagnostics(epochs, VerdictRules.DEFAULT, VerdictRules.DEFAULT.judge(history, epochs));
        }
        Results results = new Results(Results.SCHEMA_VERSION, spec.name(), specJson,
                sha256(spec.resolved().getBytes(StandardCharsets.UTF_8)), summary(data),
                Environment.capture(backend), history, metrics, network ? sha256(modelFile) : null, timings,
                diagnostics);
        try {
            ResultsJson.writeScores(outputDirectory.resolve(OutputFiles.SCORES_FILE), new PairScores(PairScores.SCHEMA_VERSION,
                    scored(data.pairs().train(), trainScores), scored(data.pairs().validation(), validationScores)));
            ResultsJson.write(outputDirectory.resolve(OutputFiles.RESULTS_FILE), results);
            writeMatcherSettings(spec, outputDirectory, network ? results.modelSha256() : null, validationScores);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outputDirectory.resolve(OutputFiles.RESULTS_FILE), e);
        }
        return results;
    }

    /** The network, when it takes the data set's image size (a pretrained one may not). */
    private static SiameseNetwork fitting(SiameseNetwork network, Path modelFile, PreparedDataset data) {
        int w = data.manifest().width();
        int h = data.manifest().height();
        if (network.metadata().width() != w || network.metadata().height() != h) {
            throw new ExperimentException(modelFile + ": the model takes " + network.metadata().width() + "×"
                    + network.metadata().height() + " images, the data set's are " + w + "×" + h
                    + "; resize the data set (dataset.resize) or use a model trained at that size");
        }
        return network;
    }

    /**
     * {@value OutputFiles#MATCHER_FILE}: the operating threshold of the spec's operating point on the validation
     * scores, beside the model (whose bytes stay as trained). None for SourceAFIS or without both kinds of
     * validation pairs; one left by an earlier run is removed then.
     */
    private static void writeMatcherSettings(ExperimentSpec spec, Path outputDirectory, String modelSha256,
                                             ScoredPairs validation) throws IOException {
        Path file = outputDirectory.resolve(OutputFiles.MATCHER_FILE);
        boolean bothKinds = Arrays.stream(validation.labels()).distinct().count() == 2;
        if (modelSha256 == null || !bothKinds) {
            if (modelSha256 != null) {
                LOG.warn("No {}: the validation pairs need genuine and impostor pairs to choose an operating threshold",
                        OutputFiles.MATCHER_FILE);
            }
            Files.deleteIfExists(file);
            return;
        }
        OperatingPoint point = spec.evaluation().operatingPoint();
        OperatingThreshold chosen = OperatingThreshold.choose(validation, point);
        MatcherSettings.of(modelSha256, point, chosen).write(file);
        LOG.info(String.format(Locale.ROOT, "Operating threshold %.6g at %s (validation FMR %.4g, FNMR %.4g)",
                chosen.threshold(), point.describe(), chosen.fmr(), chosen.fnmr()));
    }

    /** A trained network's distances, computed in batches (inference mode: no dropout, running BatchNorm statistics). */
    record NetworkScorer(SiameseNetwork network) implements PairScorer {
        @Override
        public ScoredPairs score(PreparedDataset data, List<ImagePair> pairs) {
            double[] distances = new double[pairs.size()];
            int[] labels = new int[pairs.size()];
            for (int from = 0; from < pairs.size(); from += BATCH) {
                List<ImagePair> batch = pairs.subList(from, Math.min(pairs.size(), from + BATCH));
                List<GrayImage> left = new ArrayList<>();
                List<GrayImage> right = new ArrayList<>();
                for (ImagePair p : batch) {
                    left.add(data.images().get(p.left()).image());
                    right.add(data.images().get(p.right()).image());
                }
                double[] d = network.distances(left, right);
                for (int i = 0; i < batch.size(); i++) {
                    distances[from + i] = d[i];
                    labels[from + i] = batch.get(i).label();
                }
            }
            return new ScoredPairs(distances, labels);
        }
    }

    private static List<PairScores.ScoredPair> scored(List<ImagePair> pairs, ScoredPairs scores) {
        List<PairScores.ScoredPair> out = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            ImagePair p = pairs.get(i);
            out.add(new PairScores.ScoredPair(p.left(), p.right(), p.label(), scores.distances()[i]));
        }
        return out;
    }

    private static DatasetSummary summary(PreparedDataset data) {
        return new DatasetSummary(data.manifest().type(), data.manifest().width(), data.manifest().height(),
                data.manifest().fingerprint(), sha256(data.directory().resolve(OutputFiles.MANIFEST)),
                SplitSummary.of(data.manifest(), data.pairs(), Split.TRAIN),
                SplitSummary.of(data.manifest(), data.pairs(), Split.VALIDATION));
    }

    static String sha256(Path file) {
        return Sha256.of(file);
    }

    static String sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }
}
