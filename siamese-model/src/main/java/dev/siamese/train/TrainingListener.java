package dev.siamese.train;

/** Called after every epoch, on the training thread; lets a CLI or Maven plugin show progress. */
@FunctionalInterface
public interface TrainingListener {
    /** Does nothing. */
    TrainingListener NONE = progress -> {
    };

    void onEpoch(EpochProgress progress);
}
