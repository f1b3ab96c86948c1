package dev.siamese.experiment;

import dev.siamese.train.EpochObserver;
import dev.siamese.history.History;
import dev.siamese.history.HistoryJson;
import dev.siamese.train.Trainer;
import dev.siamese.train.TrainingListener;
import dev.siamese.train.TrainingResult;
import dev.siamese.train.TrainingTimings;

import dev.siamese.OutputFiles;

import dev.siamese.pairs.PreparedDataset;
import dev.siamese.diagnostics.DiagnosticsJson;
import dev.siamese.train.DiagnosticsRecorder;
import dev.siamese.model.NetworkInputs;
import dev.siamese.model.NetworkProcess;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ModelSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains one experiment into its output folder: prepares the data set when missing or stale, loads
 * the backend, trains, and writes {@value OutputFiles#MODEL_FILE} and {@value OutputFiles#HISTORY_FILE} (each written beside
 * its place and moved there whole), and {@value OutputFiles#DIAGNOSTICS_FILE} when the spec asks for diagnostics, then
 * {@value OutputFiles#TRAINING_MANIFEST}, which makes them one unit. A model that needs no training (SourceAFIS) gets
 * the data set and an empty history only.
 */
public final class ExperimentTraining {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentTraining.class);

    /**
     * Whether {@code outputDirectory} holds a complete training of {@code spec} on its current data set (the
     * {@value OutputFiles#TRAINING_MANIFEST} of this fingerprint, every file it lists unchanged), so that
     * training again would give the same files. Needs no ND4J.
     */
    public boolean upToDate(ExperimentSpec spec, Path outputDirectory) {
        String dataset = InputDigests.dataset(spec);
        return new DatasetPreparer().upToDate(spec, outputDirectory.resolve(OutputFiles.DATASET_FOLDER))
                && TrainingManifest.complete(outputDirectory, InputDigests.training(spec, dataset));
    }

    /** Trains, whether or not {@link #upToDate}: the data set is prepared when missing or stale. */
    public TrainingResult run(ExperimentSpec spec, Path outputDirectory, TrainingListener listener) {
        return run(spec, outputDirectory, listener, null);
    }

    /**
     * As {@link #run(ExperimentSpec, Path, TrainingListener)}; a pretrained model is taken from {@code pretrained}
     * (where the caller resolved {@code model.from}, e.g. from Maven coordinates), or when null from
     * {@code model.from} as a path ({@link PretrainedModel#locate}).
     */
    public TrainingResult run(ExperimentSpec spec, Path outputDirectory, TrainingListener listener, Path pretrained) {
        PreparationReport prepared = new DatasetPreparer().prepare(spec, outputDirectory.resolve(OutputFiles.DATASET_FOLDER));
        if (!prepared.upToDate()) { // when up to date, siamese:generate has said so already
            LOG.info(prepared.summary());
            prepared.warnings().forEach(LOG::warn);
        }
        String fingerprint = InputDigests.training(spec, prepared.fingerprint());
        try {
            TrainingManifest.delete(outputDirectory); // what follows counts once the new manifest is written
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results of training to " + outputDirectory, e);
        }
        if (spec.model().usesPretrained()) {
            Path model = pretrained != null ? pretrained : PretrainedModel.locate(spec);
            PretrainedModel.install(model, outputDirectory);
            return emptyHistory(outputDirectory, fingerprint, prepared.fingerprint(), List.of(OutputFiles.MODEL_FILE));
        }
        if (!spec.model().isNetwork()) {
            return withoutTraining(outputDirectory, fingerprint, prepared.fingerprint());
        }
        NetworkProcess.initialise();
        PreparedDataset data = NetworkInputs.forTraining(PreparedDataset.read(prepared.directory()),
                spec.model().input(), spec.dataset().resolution());
        InputSheet.write(spec.model().input() == null ? null : data, outputDirectory);
        TrainingTimings.Recorder recorder = new TrainingTimings.Recorder(listener);
        DiagnosticsRecorder diagnostics = spec.diagnostics() ? new DiagnosticsRecorder() : null;
        FileCheckpointStore checkpoints = new FileCheckpointStore(outputDirectory, fingerprint,
                FileCheckpointStore.DEFAULT_INTERVAL_SECONDS, recorder);
        TrainingResult result = new Trainer(recorder, diagnostics == null ? EpochObserver.NONE : diagnostics,
                checkpoints, ValidationMetric.of(spec), PretrainedModel.initial(spec)).train(spec, data);
        result.network().save(outputDirectory.resolve(OutputFiles.MODEL_FILE));
        try {
            HistoryJson.write(outputDirectory.resolve(OutputFiles.HISTORY_FILE), result.history());
            recorder.timings().write(outputDirectory.resolve(OutputFiles.TIMINGS_FILE));
            Path diagnosticsFile = outputDirectory.resolve(OutputFiles.DIAGNOSTICS_FILE);
            List<String> written = new ArrayList<>(List.of(OutputFiles.MODEL_FILE, OutputFiles.HISTORY_FILE,
                    OutputFiles.TIMINGS_FILE));
            if (diagnostics != null) {
                DiagnosticsJson.write(diagnosticsFile, diagnostics.epochs());
                written.add(OutputFiles.DIAGNOSTICS_FILE);
            } else {
                Files.deleteIfExists(diagnosticsFile); // not from this run
            }
            TrainingManifest.write(outputDirectory, fingerprint, prepared.fingerprint(), written); // last: commits the run
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results of training to " + outputDirectory, e);
        }
        checkpoints.clear();
        return result;
    }

    /**
     * The closing line of a training of {@code spec} into {@code outputDirectory}, from its history: the epochs
     * run, the last one's figures, the epoch kept and the files written; a pretrained model or one that needs no
     * training (SourceAFIS) says so instead.
     */
    public String summary(ExperimentSpec spec, Path outputDirectory) {
        Path model = outputDirectory.resolve(OutputFiles.MODEL_FILE);
        if (spec.model().usesPretrained()) {
            return (spec.model().type() == ModelSpec.ModelType.FUSION ? "Fusion " : "Pretrained ") + spec.name()
                    + ": no training; " + spec.model().from() + " copied to " + model;
        }
        Path file = outputDirectory.resolve(OutputFiles.HISTORY_FILE);
        History history;
        try {
            history = HistoryJson.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("training ended but its history cannot be read: " + file, e);
        }
        if (history.epochs().isEmpty()) {
            return String.format(Locale.ROOT, "%s needs no training (SourceAFIS): data set ready, wrote %s",
                    spec.name(), file);
        }
        String kept = history.kept() == null ? "" : String.format(Locale.ROOT, "; kept epoch %d (best %s: %.4g)",
                history.kept().epoch(), history.kept().metric(), history.kept().value());
        return String.format(Locale.ROOT, "Trained %s: %d epochs%s, last: %s%s; wrote %s and %s", spec.name(),
                history.epochs().size(), history.stoppedEarly() ? " (stopped early)" : "", history.last().describe(),
                kept, model, file);
    }

    /**
     * A model that needs no training (SourceAFIS): an empty history and no model; a model and timings
     * left by an earlier network run of this folder are removed, so they cannot pass for this one's.
     */
    private static TrainingResult withoutTraining(Path outputDirectory, String fingerprint, String dataset) {
        LOG.info("SourceAFIS needs no training: data set prepared, no model written");
        try {
            Files.deleteIfExists(outputDirectory.resolve(OutputFiles.MODEL_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results of training to " + outputDirectory, e);
        }
        return emptyHistory(outputDirectory, fingerprint, dataset, List.of());
    }

    /**
     * No epochs: timings left by an earlier training run of this folder are removed; the manifest lists the
     * history and {@code files} (a pretrained model).
     */
    private static TrainingResult emptyHistory(Path outputDirectory, String fingerprint, String dataset,
                                               List<String> files) {
        History history = new History(List.of(), false);
        try {
            Files.deleteIfExists(outputDirectory.resolve(OutputFiles.TIMINGS_FILE));
            Files.deleteIfExists(outputDirectory.resolve(OutputFiles.DIAGNOSTICS_FILE));
            HistoryJson.write(outputDirectory.resolve(OutputFiles.HISTORY_FILE), history);
            List<String> written = new ArrayList<>(files);
            written.add(OutputFiles.HISTORY_FILE);
            TrainingManifest.write(outputDirectory, fingerprint, dataset, written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results of training to " + outputDirectory, e);
        }
        return new TrainingResult(null, history);
    }
}
