package dev.siamese.experiment;

import dev.siamese.BoundedFiles;
import dev.siamese.AtomicWrite;
import dev.siamese.ResultsMapper;
import dev.siamese.Sha256;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.train.BestSoFar;
import dev.siamese.train.Checkpoint;
import dev.siamese.train.CheckpointStore;
import dev.siamese.history.EpochRecord;
import dev.siamese.train.TrainingTimings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps training's checkpoint in {@code <output>/checkpoint/}: {@code model.zip} (network and optimizer
 * state), then {@code state.json} (epoch, history, random-generator state, the SHA-256 of that model.zip,
 * and the fingerprint of the training it belongs to), and with {@code training.keepBest} the best epoch's
 * network so far in {@code best.zip}. state.json is written last and names its models' hashes, so a kill
 * between the files leaves a checkpoint that is not taken. A checkpoint of another
 * spec or data set is ignored.
 *
 * <p>Writing a model with its optimizer state can take longer than an epoch, which a run of many short epochs
 * (the stripes' hundred) would pay every epoch; so a checkpoint is written at
 * most every {@value #DEFAULT_INTERVAL_SECONDS} s. Which epoch is kept does not change the result: a
 * resumed run ends with the same bytes from any of them.
 */
final class FileCheckpointStore implements CheckpointStore {
    static final String FOLDER = "checkpoint";
    private static final String MODEL = "model.zip";
    private static final String STATE = "state.json";
    private static final String BEST = "best.zip";
    private static final Logger LOG = LoggerFactory.getLogger(FileCheckpointStore.class);

    static final long DEFAULT_INTERVAL_SECONDS = 60;

    private final Path dir;
    private final String fingerprint;
    private final long intervalNanos;
    private long lastSave;

    /**
     * The state file's content; {@code timings}: of the epochs run so far (absent in older files);
     * {@code best}: the best epoch so far by {@code training.keepBest}, or null.
     */
    record State(String fingerprint, int epoch, List<EpochRecord> history, long rngRoot, long rngNode,
                 String modelSha256, TrainingTimings timings, Best best) {
    }

    /** The best epoch so far: its number, value of the metric, and the SHA-256 of {@value #BEST}. */
    record Best(int epoch, double value, String modelSha256) {
    }

    private final TrainingTimings.Recorder timings;

    FileCheckpointStore(Path outputDirectory, String fingerprint) {
        this(outputDirectory, fingerprint, DEFAULT_INTERVAL_SECONDS, null);
    }

    /**
     * Writing a checkpoint at most every {@code intervalSeconds} (0: after every epoch); {@code timings} (may be
     * null) is saved with each checkpoint and, on resuming, continues from the interrupted run's figures, so
     * that {@code training-timings.json} covers every epoch, not only those after the restart.
     */
    FileCheckpointStore(Path outputDirectory, String fingerprint, long intervalSeconds, TrainingTimings.Recorder timings) {
        this.dir = outputDirectory.resolve(FOLDER);
        this.fingerprint = fingerprint;
        this.intervalNanos = intervalSeconds * 1_000_000_000L;
        this.lastSave = System.nanoTime();
        this.timings = timings;
    }

    FileCheckpointStore(Path outputDirectory, String fingerprint, long intervalSeconds) {
        this(outputDirectory, fingerprint, intervalSeconds, null);
    }

    @Override
    public Optional<Checkpoint> load() {
        Path stateFile = dir.resolve(STATE);
        Path model = dir.resolve(MODEL);
        if (!Files.isRegularFile(stateFile) || !Files.isRegularFile(model)) {
            return Optional.empty();
        }
        try {
            State state = BoundedFiles.readJson(ResultsMapper.MAPPER, stateFile, BoundedFiles.SMALL_JSON, State.class);
            if (!fingerprint.equals(state.fingerprint())) {
                LOG.info("checkpoint in {} belongs to another spec or data set: starting afresh", dir);
                return Optional.empty();
            }
            if (!Sha256.of(model).equals(state.modelSha256())) {
                LOG.warn("checkpoint in {} is incomplete (its model does not match its state): starting afresh", dir);
                return Optional.empty();
            }
            BestSoFar best = null;
            if (state.best() != null) {
                Path bestModel = dir.resolve(BEST);
                if (!Files.isRegularFile(bestModel) || !Sha256.of(bestModel).equals(state.best().modelSha256())) {
                    LOG.warn("checkpoint in {} is incomplete (its best epoch's model does not match its state): "
                            + "starting afresh", dir);
                    return Optional.empty();
                }
                best = new BestSoFar(SiameseNetwork.load(bestModel), state.best().epoch(), state.best().value());
            }
            Checkpoint checkpoint = new Checkpoint(SiameseNetwork.load(model), state.epoch(), state.history(),
                    state.rngRoot(), state.rngNode(), best);
            if (timings != null && state.timings() != null) {
                timings.resumeFrom(state.timings());
            }
            return Optional.of(checkpoint);
        } catch (IOException e) {
            LOG.warn("checkpoint in {} cannot be read ({}): starting afresh", dir, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(Checkpoint checkpoint) {
        long now = System.nanoTime();
        if (now - lastSave < intervalNanos) {
            return;
        }
        lastSave = now;
        try {
            Files.createDirectories(dir);
            Path model = dir.resolve(MODEL);
            checkpoint.network().save(model);
            Best best = null;
            if (checkpoint.best() != null) {
                Path bestModel = dir.resolve(BEST);
                checkpoint.best().network().save(bestModel);
                best = new Best(checkpoint.best().epoch(), checkpoint.best().value(), Sha256.of(bestModel));
            }
            State state = new State(fingerprint, checkpoint.epoch(), checkpoint.history(), checkpoint.rngRoot(),
                    checkpoint.rngNode(), Sha256.of(model), timings == null ? null : timings.timings(), best);
            AtomicWrite.write(dir.resolve(STATE), tmp -> ResultsMapper.MAPPER.writeValue(tmp.toFile(), state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint in " + dir, e);
        }
    }

    /** Removes the checkpoint once training has finished and written its outputs. */
    void clear() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the checkpoint in " + dir, e);
        }
    }
}
