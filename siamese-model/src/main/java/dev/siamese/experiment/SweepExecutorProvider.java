package dev.siamese.experiment;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A sweep runner on a cluster engine, found with {@link ServiceLoader} when its module is on the class path (the
 * Spark runner of {@code siamese-spark}), so that the plain plugin needs no engine.
 */
public interface SweepExecutorProvider {
    /** An executor for {@code master} ({@code local[2]}, {@code spark://host:7077}), or empty if this provider does not serve it. */
    Optional<SweepExecutor> forMaster(String master);

    /** The executor for {@code master} of the first provider on {@code loader}'s class path that serves it. */
    static Optional<SweepExecutor> find(String master, ClassLoader loader) {
        for (SweepExecutorProvider provider : ServiceLoader.load(SweepExecutorProvider.class, loader)) {
            Optional<SweepExecutor> executor = provider.forMaster(master);
            if (executor.isPresent()) {
                return executor;
            }
        }
        return Optional.empty();
    }
}
