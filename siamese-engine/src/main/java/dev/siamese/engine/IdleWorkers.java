package dev.siamese.engine;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The environment that makes the native thread pools' idle workers sleep instead of spinning. ND4J runs its small
 * ops and oneDNN's kernels on OpenMP's pool, and OpenBLAS its matrix products on a pool of its own; on two cores a
 * pool that spins between ops takes the core the next op needs.
 * <ul>
 *   <li>{@code OMP_WAIT_POLICY=PASSIVE}: async-profiler showed a libgomp worker busy-waiting for most of a dense-1
 *       training step.</li>
 *   <li>{@code OPENBLAS_THREAD_TIMEOUT=4}: after each product OpenBLAS's worker calls {@code sched_yield} for
 *       2<sup>28</sup> time-stamp-counter cycles (its default) before it sleeps; 4, the smallest value it takes,
 *       makes it sleep at once. In a matcher step, whose two dense layers multiply on OpenBLAS between oneDNN's
 *       convolutions, the spinning worker took a large part of a core, mostly in the kernel (figures: its
 *       commit message; src/site/markdown/performance.md).</li>
 * </ul>
 * Both are read once, when the native libraries load: only a new process can be given them (forked training
 * is), and what the user has set wins.
 */
public final class IdleWorkers {
    /** OpenMP's wait policy. */
    public static final String WAIT_POLICY = "OMP_WAIT_POLICY";
    /** log2 of the clock cycles OpenBLAS's idle workers spin before they sleep, from 4 to 30. */
    public static final String OPENBLAS_TIMEOUT = "OPENBLAS_THREAD_TIMEOUT";
    /** Each setting and the value that makes idle workers sleep. */
    public static final Map<String, String> SLEEP = Map.of(WAIT_POLICY, "PASSIVE", OPENBLAS_TIMEOUT, "4");

    private IdleWorkers() {
    }

    /** How {@code environment} sets them, e.g. {@code OMP_WAIT_POLICY=PASSIVE, OPENBLAS_THREAD_TIMEOUT=unset}. */
    public static String describe(Map<String, String> environment) {
        return SLEEP.keySet().stream().sorted()
                .map(name -> name + "=" + environment.getOrDefault(name, "unset (idle workers spin)"))
                .collect(Collectors.joining(", "));
    }
}
