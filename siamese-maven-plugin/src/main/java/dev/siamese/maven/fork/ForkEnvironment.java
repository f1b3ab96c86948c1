package dev.siamese.maven.fork;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment a forked JVM gets on top of Maven's: what a Mojo asks for ({@code OMP_NUM_THREADS}), and
 * OpenMP's idle workers set to sleep ({@code OMP_WAIT_POLICY=PASSIVE}) instead of spinning. ND4J runs its
 * small ops and OpenBLAS its matrix products on thread pools of their own; on two cores a pool that spins
 * between ops takes the core the next op needs (async-profiler: a libgomp worker busy-waiting for most of a
 * dense-1 training step). What the user has set in the environment wins.
 */
public final class ForkEnvironment {
    /** OpenMP's wait policy; read once when the native library loads, so only a fork can be given it. */
    public static final String WAIT_POLICY = "OMP_WAIT_POLICY";
    static final String PASSIVE = "PASSIVE";

    private ForkEnvironment() {
    }

    /** {@code requested} plus the passive wait policy unless {@code inherited} (Maven's environment) names one. */
    public static Map<String, String> of(Map<String, String> requested, Map<String, String> inherited) {
        Map<String, String> env = new HashMap<>(requested);
        if (!inherited.containsKey(WAIT_POLICY)) {
            env.putIfAbsent(WAIT_POLICY, PASSIVE);
        }
        return env;
    }
}
