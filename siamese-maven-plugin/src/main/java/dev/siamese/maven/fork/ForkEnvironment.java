package dev.siamese.maven.fork;

import dev.siamese.model.NetworkProcess;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment a forked JVM gets on top of Maven's: what a Mojo asks for ({@code OMP_NUM_THREADS}), and the
 * settings that make the native thread pools' idle workers sleep instead of spinning
 * ({@link NetworkProcess#forkEnvironment()}). What the user has set in the environment wins.
 */
public final class ForkEnvironment {

    private ForkEnvironment() {
    }

    /**
     * {@code requested} plus {@link NetworkProcess#forkEnvironment()}, each unless {@code inherited} (Maven's
     * environment) names it.
     */
    public static Map<String, String> of(Map<String, String> requested, Map<String, String> inherited) {
        Map<String, String> env = new HashMap<>(requested);
        NetworkProcess.forkEnvironment().forEach((name, value) -> {
            if (!inherited.containsKey(name)) {
                env.putIfAbsent(name, value);
            }
        });
        return env;
    }
}
