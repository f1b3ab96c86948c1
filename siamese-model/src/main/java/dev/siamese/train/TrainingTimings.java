package dev.siamese.train;

import dev.siamese.BoundedFiles;
import dev.siamese.AtomicWrite;
import dev.siamese.ResultsMapper;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How long training took ({@code training-timings.json}), kept out of the deterministic history.
 *
 * @param seconds        wall time of all epochs' training steps
 * @param epochs         epochs run
 * @param pairsPerSecond training pairs per second over those steps
 */
public record TrainingTimings(double seconds, int epochs, double pairsPerSecond) {
    private static final ObjectMapper MAPPER = ResultsMapper.MAPPER;

    /** A listener that adds up epochs; read {@link Recorder#timings()} after training. */
    public static final class Recorder implements TrainingListener {
        private final TrainingListener next;
        private double seconds;
        private double pairs;
        private int epochs;

        public Recorder(TrainingListener next) {
            this.next = next;
        }

        @Override
        public void onEpoch(EpochProgress progress) {
            seconds += progress.seconds();
            pairs += progress.pairsPerSecond() * progress.seconds();
            epochs++;
            next.onEpoch(progress);
        }

        /** Continues from the figures of an interrupted run's epochs (before any epoch of this one). */
        public void resumeFrom(TrainingTimings before) {
            seconds = before.seconds();
            pairs = before.pairsPerSecond() * before.seconds();
            epochs = before.epochs();
        }

        public TrainingTimings timings() {
            return new TrainingTimings(seconds, epochs, seconds > 0 ? pairs / seconds : 0);
        }
    }

    public void write(Path file) throws IOException {
        AtomicWrite.write(file, tmp -> MAPPER.writeValue(tmp.toFile(), this));
    }

    /** The timings beside a trained model, if they were written. */
    public static Optional<TrainingTimings> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(BoundedFiles.readJson(MAPPER, file, BoundedFiles.SMALL_JSON, TrainingTimings.class))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
