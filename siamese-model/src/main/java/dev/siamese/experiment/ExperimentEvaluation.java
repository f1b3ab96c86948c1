package dev.siamese.experiment;

import dev.siamese.results.DatasetSummary;
import dev.siamese.results.Environment;
import dev.siamese.results.Metrics;
import dev.siamese.results.PairScores;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.results.Timings;

import dev.siamese.OutputFiles;

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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Evaluates a trained experiment: distances of the trained network (or, for {@code model.type}
 * {@code sourceafis}, of SourceAFIS, which needs no model file and no ND4J) on the training and
 * validation pairs, their metrics, and {@value OutputFiles#RESULTS_FILE} with everything that made them.
 */
public final class ExperimentEvaluation {

    public Results run(ExperimentSpec spec, Path outputDirectory) {
        long start = System.nanoTime();
        Path datasetDir = outputDirectory.resolve(OutputFiles.DATASET_FOLDER);
        Path modelFile = outputDirectory.resolve(OutputFiles.MODEL_FILE);
        Path historyFile = outputDirectory.resolve(OutputFiles.HISTORY_FILE);
        boolean network = spec.model().isNetwork();
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
        PairScorer scorer = network ? new NetworkScorer(SiameseNetwork.load(modelFile))
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
        if (spec.diagnostics() && network) { // SourceAFIS has no training to diagnose
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outputDirectory.resolve(OutputFiles.RESULTS_FILE), e);
        }
        return results;
    }

    /** A trained network's distances (inference mode: no dropout, running BatchNorm statistics). */
    record NetworkScorer(SiameseNetwork network) implements PairScorer {
        @Override
        public ScoredPairs score(PreparedDataset data, List<ImagePair> pairs) {
            int[] labels = new int[pairs.size()];
            List<GrayImage> left = new ArrayList<>(pairs.size());
            List<GrayImage> right = new ArrayList<>(pairs.size());
            for (int i = 0; i < pairs.size(); i++) {
                ImagePair p = pairs.get(i);
                left.add(data.images().get(p.left()).image());
                right.add(data.images().get(p.right()).image());
                labels[i] = p.label();
            }
            return new ScoredPairs(network.distances(left, right), labels);
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
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
