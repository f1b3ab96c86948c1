package dev.siamese.experiment;

import dev.siamese.results.DatasetSummary;
import dev.siamese.results.FusionSummary;
import dev.siamese.results.Metrics;
import dev.siamese.results.PairScores;
import dev.siamese.results.Assessment;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.results.Timings;

import dev.siamese.OutputFiles;

import com.fasterxml.jackson.databind.JsonNode;
import dev.siamese.ExperimentException;
import dev.siamese.Line;
import dev.siamese.Sha256;
import dev.siamese.SiameseVersion;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;
import dev.siamese.results.Provenance;
import dev.siamese.baseline.SourceAfisScorer;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.pairs.SplitSummary;
import dev.siamese.data.Split;
import dev.siamese.diagnostics.Diagnostics;
import dev.siamese.diagnostics.DiagnosticsJson;
import dev.siamese.diagnostics.EpochDiagnostics;
import dev.siamese.diagnostics.Verdict;
import dev.siamese.diagnostics.VerdictRules;
import dev.siamese.report.ExperimentReport;
import dev.siamese.eval.FusionChoice;
import dev.siamese.eval.FusionScorer;
import dev.siamese.eval.GuardedFusion;
import dev.siamese.eval.IdentificationCalculator;
import dev.siamese.spec.ModelSpec;
import dev.siamese.eval.IdentificationMetrics;
import dev.siamese.eval.MetricsCalculator;
import dev.siamese.pairs.IdentificationSearches;
import dev.siamese.eval.PairScorer;
import dev.siamese.eval.ScoredPairs;
import dev.siamese.engine.BackendInfo;
import dev.siamese.model.NetworkInputs;
import dev.siamese.model.NetworkProcess;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.model.BatchedDistances;
import dev.siamese.history.History;
import dev.siamese.history.HistoryJson;
import dev.siamese.train.TrainingTimings;

import dev.siamese.eval.OperatingThreshold;
import dev.siamese.match.MatcherSettings;
import dev.siamese.spec.OperatingPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /**
     * Whether {@code outputDirectory} holds results.json and scores.json of this spec, evaluated on the
     * current complete training (same fingerprint, scores.json the one written with it). Needs no ND4J.
     */
    public boolean upToDate(ExperimentSpec spec, Path outputDirectory) {
        Path resultsFile = outputDirectory.resolve(OutputFiles.RESULTS_FILE);
        Path scoresFile = outputDirectory.resolve(OutputFiles.SCORES_FILE);
        if (!Files.isRegularFile(resultsFile) || !Files.isRegularFile(scoresFile)) {
            return false;
        }
        try {
            TrainingManifest training = requireTraining(spec, outputDirectory);
            Provenance p = ResultsJson.read(resultsFile).provenance();
            return p != null && p.fingerprint().equals(InputDigests.evaluation(spec, training.fingerprint(),
                    training.modelSha256())) && Sha256.of(scoresFile).equals(p.scoresSha256());
        } catch (ExperimentException e) {
            return false;
        }
    }

    /**
     * Evaluates, whether or not {@link #upToDate}, as {@code siamese:evaluate} does: {@link #score} then
     * {@link #report}, whose lines are logged.
     */
    public Results run(ExperimentSpec spec, Path outputDirectory) {
        Results results = score(spec, outputDirectory);
        for (Line line : report(spec, outputDirectory)) {
            if (line.level() == Line.Level.WARN) {
                LOG.warn(line.text());
            } else {
                LOG.info(line.text());
            }
        }
        return results;
    }

    /**
     * Writes {@code report.html} from the evaluated experiment's files and the spec's expectations, and
     * returns what to tell of the evaluation: the metrics per split, the verdicts of the diagnostics, the files
     * written. Needs no ND4J.
     */
    public List<Line> report(ExperimentSpec spec, Path outputDirectory) {
        Path file = outputDirectory.resolve(OutputFiles.RESULTS_FILE);
        Results results = ResultsJson.read(file);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.info("Train:      " + results.metrics().train().describe()));
        lines.add(Line.info("Validation: " + results.metrics().validation().describe()));
        lines.addAll(assessmentLines(Assessment.of(results)));
        lines.add(Line.info("Wrote " + file));
        lines.add(Line.info("Wrote " + new ExperimentReport().write(outputDirectory, spec.expectations())));
        return lines;
    }

    /**
     * The headline first (a warning when the run fails or a verdict warns), then each verdict that warns or informs
     * with its figures, then the names of those not triggered (their figures are in report.html and results.json).
     */
    public static List<Line> assessmentLines(Assessment assessment) {
        List<Line> lines = new ArrayList<>();
        String headline = "Assessment: " + assessment.headline();
        lines.add(assessment.warns() ? Line.warn(headline) : Line.info(headline));
        for (Verdict v : assessment.verdicts()) {
            String text = "Verdict: " + v.name() + ": " + v.state() + "; " + v.explanation();
            if (v.warns()) {
                lines.add(Line.warn(text));
            } else if (v.informs()) {
                lines.add(Line.info(text));
            }
        }
        List<String> clear = assessment.verdicts().stream().filter(v -> !v.triggered()).map(Verdict::name).toList();
        if (!clear.isEmpty()) {
            lines.add(Line.info("Not triggered: " + String.join(", ", clear) + " (figures in report.html)"));
        }
        return lines;
    }

    /**
     * Scores the pairs and writes {@value OutputFiles#RESULTS_FILE}, {@value OutputFiles#SCORES_FILE} and
     * {@value OutputFiles#MATCHER_FILE}, whether or not {@link #upToDate}. Refuses, with a
     * {@link StaleInputException}, a training or data set that is not this spec's (missing, made for another spec,
     * or files that are not the ones its training wrote).
     */
    public Results score(ExperimentSpec spec, Path outputDirectory) {
        long start = System.nanoTime();
        Path datasetDir = outputDirectory.resolve(OutputFiles.DATASET_FOLDER);
        Path modelFile = outputDirectory.resolve(OutputFiles.MODEL_FILE);
        Path historyFile = outputDirectory.resolve(OutputFiles.HISTORY_FILE);
        boolean network = spec.model().scoresWithNetwork();
        TrainingManifest training = requireTraining(spec, outputDirectory);
        if (network && training.modelSha256() == null) {
            throw new StaleInputException(Stage.TRAINING, modelFile + ": not found; training wrote no model");
        }
        // SourceAFIS needs neither ND4J nor a model file.
        BackendInfo backend = network ? NetworkProcess.initialise() : null;
        PreparedDataset data = PreparedDataset.read(datasetDir);
        if (!data.manifest().fingerprint().equals(training.dataset())) {
            throw new StaleInputException(Stage.DATASET, datasetDir.resolve(OutputFiles.MANIFEST)
                    + ": made for another spec than the trained model (data set fingerprint "
                    + TrainingManifest.abbreviate(data.manifest().fingerprint()) + ", the model's "
                    + TrainingManifest.abbreviate(training.dataset()) + ")");
        }
        PairScorer scorer = scorer(spec, data, network ? SiameseNetwork.load(modelFile) : null, modelFile);
        History history;
        try {
            history = HistoryJson.read(historyFile);
        } catch (IOException e) {
            throw new StaleInputException(Stage.TRAINING, historyFile + ": unreadable (" + e.getMessage() + ")");
        }
        double threshold = spec.evaluation().threshold();
        double margin = spec.model().margin();
        ScoredPairs trainScores = scorer.score(data, data.pairs().train());
        ScoredPairs validationScores = scorer.score(data, data.pairs().validation());
        Metrics metrics = new Metrics(MetricsCalculator.compute(trainScores, threshold, margin),
                MetricsCalculator.compute(validationScores, threshold, margin), identification(scorer, data));
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
        Path scoresFile = outputDirectory.resolve(OutputFiles.SCORES_FILE);
        try {
            // Each file is replaced whole, never deleted first (another build may be reading it); results.json
            // comes last and names scores.json's hash, so the two count only as a pair.
            ResultsJson.writeScores(scoresFile, new PairScores(PairScores.SCHEMA_VERSION,
                    scored(data.pairs().train(), trainScores, scorer), scored(data.pairs().validation(), validationScores,
                    scorer)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + scoresFile, e);
        }
        Provenance provenance = new Provenance(SiameseVersion.siamese(), training.dataset(), training.fingerprint(),
                InputDigests.evaluation(spec, training.fingerprint(), training.modelSha256()), Sha256.of(scoresFile));
        Results results = new Results(Results.SCHEMA_VERSION, spec.name(), specJson, InputDigests.specSha256(spec),
                summary(data), Machine.capture(backend), history, metrics, training.modelSha256(), timings,
                diagnostics, provenance, scorer instanceof FusionScorer f ? summary(f.choice()) : null);
        try {
            ResultsJson.write(outputDirectory.resolve(OutputFiles.RESULTS_FILE), results);
            // a fused distance is not what the network alone says: no operating threshold for the matcher goals
            boolean networkAlone = network && spec.model().type() != ModelSpec.ModelType.FUSION;
            writeMatcherSettings(spec, outputDirectory, networkAlone ? results.modelSha256() : null, validationScores);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outputDirectory.resolve(OutputFiles.RESULTS_FILE), e);
        }
        return results;
    }

    /**
     * What scores the pairs: the network, SourceAFIS, or for {@code fusion} both as {@link GuardedFusion} chooses on
     * the training pairs only (the validation fingers never decide the weights).
     */
    private static PairScorer scorer(ExperimentSpec spec, PreparedDataset data, SiameseNetwork network, Path modelFile) {
        if (network == null) {
            return new SourceAfisScorer(spec.model().dpi());
        }
        PreparedDataset inputs = NetworkInputs.of(data, network.metadata(), spec.dataset().resolution(),
                modelFile.toString());
        if (spec.model().usesPretrained()) {
            InputSheet.write(network.metadata().input() == null ? null : inputs, modelFile.getParent());
        }
        PairScorer net = new NetworkScorer(network, inputs);
        if (spec.model().type() != ModelSpec.ModelType.FUSION) {
            return net;
        }
        PairScorer afis = new SourceAfisScorer(spec.model().dpi());
        FusionChoice choice = GuardedFusion.choose(net, afis, data, network.trainedOn(), spec.seed());
        LOG.info("Fusion: {}", choice.reason());
        return new FusionScorer(net, afis, choice);
    }

    /**
     * 1:N search on the validation split (every probe against a gallery of one impression per finger), or
     * null when the split cannot give it (no probe, a single finger).
     */
    private static IdentificationMetrics identification(PairScorer scorer, PreparedDataset data) {
        IdentificationSearches searches = IdentificationSearches.of(data.manifest(), Split.VALIDATION);
        if (!searches.meaningful()) {
            return null;
        }
        LOG.info("Identification: {} probes against a gallery of {} fingers", searches.probes().size(),
                searches.gallery().size());
        ScoredPairs scored = scorer.score(data, searches.pairs());
        return IdentificationCalculator.compute(searches.gallery().size(), searches.mates(), scored.distances());
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

    /**
     * A trained network's distances (inference mode: no dropout, running BatchNorm statistics) on what it sees of
     * the data set's scans ({@code inputs}, prepared once); the data set it is asked about names the pairs only.
     */
    record NetworkScorer(SiameseNetwork network, PreparedDataset inputs) implements PairScorer {
        @Override
        public ScoredPairs score(PreparedDataset data, List<ImagePair> pairs) {
            return ScoredPairs.of(BatchedDistances.of(network, inputs, pairs), pairs);
        }
    }

    /** The pairs with their distances; for a fusion with each matcher's own distance too. */
    private static List<PairScores.ScoredPair> scored(List<ImagePair> pairs, ScoredPairs scores, PairScorer scorer) {
        ScoredPairs[] parts = scorer instanceof FusionScorer f ? f.components(pairs) : null;
        List<PairScores.ScoredPair> out = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            ImagePair p = pairs.get(i);
            out.add(new PairScores.ScoredPair(p.left(), p.right(), p.label(), scores.distances()[i],
                    parts == null ? null : parts[0].distances()[i], parts == null ? null : parts[1].distances()[i]));
        }
        return out;
    }

    private static FusionSummary summary(FusionChoice c) {
        FusionChoice.GuardEers g = c.guard();
        return new FusionSummary(c.kind().jsonName(), c.networkWeight(), c.sourceAfisWeight(), c.fittedPairs(),
                c.unseenOnly(), g == null ? null : g.fused(), g == null ? null : g.network(),
                g == null ? null : g.sourceAfis(), c.reason());
    }

    private static DatasetSummary summary(PreparedDataset data) {
        return new DatasetSummary(data.manifest().type(), data.manifest().width(), data.manifest().height(),
                data.manifest().fingerprint(), Sha256.of(data.directory().resolve(OutputFiles.MANIFEST)),
                SplitSummary.of(data.manifest(), data.pairs(), Split.TRAIN),
                SplitSummary.of(data.manifest(), data.pairs(), Split.VALIDATION));
    }

    /** The complete training of this spec on its data set, or a {@link StaleInputException} saying why not. */
    private static TrainingManifest requireTraining(ExperimentSpec spec, Path outputDirectory) {
        return TrainingManifest.require(outputDirectory, InputDigests.training(spec, InputDigests.dataset(spec)));
    }
}
