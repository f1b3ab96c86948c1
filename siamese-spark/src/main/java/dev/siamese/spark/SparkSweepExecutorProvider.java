package dev.siamese.spark;

import dev.siamese.experiment.SweepExecutor;
import dev.siamese.experiment.SweepExecutorProvider;

import java.util.Optional;

/** Serves every Spark master URL ({@code local[N]}, {@code spark://host:7077}, {@code yarn}, ...) with a {@link SparkSweepExecutor}. */
public final class SparkSweepExecutorProvider implements SweepExecutorProvider {
    @Override
    public Optional<SweepExecutor> forMaster(String master) {
        return Optional.of(new SparkSweepExecutor(master));
    }
}
