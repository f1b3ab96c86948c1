package dev.siamese.experiment;

import java.util.Optional;

/**
 * A sweep runner on a cluster engine, found with {@link java.util.ServiceLoader} when its module is on the class
 * path (the Spark runner of {@code siamese-spark}), so that the plain plugin needs no engine.
 */
public interface SweepExecutorProvider {
    /** An executor for {@code master} ({@code local[2]}, {@code spark://host:7077}), or empty if this provider does not serve it. */
    Optional<SweepExecutor> forMaster(String master);
}
