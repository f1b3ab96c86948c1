package dev.siamese.train;

import java.util.Optional;

/** Where training keeps a {@link Checkpoint} after every epoch, so that an interrupted run can go on. */
public interface CheckpointStore {
    /** Keeps nothing: every run starts from the first epoch. */
    CheckpointStore NONE = new CheckpointStore() {
        @Override
        public Optional<Checkpoint> load() {
            return Optional.empty();
        }

        @Override
        public void save(Checkpoint checkpoint) {
        }
    };

    /** The checkpoint of this very training (same spec and data), if one was left by an interrupted run. */
    Optional<Checkpoint> load();

    /** Replaces the kept checkpoint. */
    void save(Checkpoint checkpoint);
}
