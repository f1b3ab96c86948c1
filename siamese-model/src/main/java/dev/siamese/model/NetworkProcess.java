package dev.siamese.model;

import dev.siamese.ExperimentException;
import dev.siamese.engine.BackendInfo;
import dev.siamese.engine.BackendUnavailableException;
import dev.siamese.engine.Backends;
import dev.siamese.engine.IdleWorkers;
import dev.siamese.engine.NativeBuilds;

import java.util.Map;
import java.util.Set;

/**
 * What a program that runs networks, in its own JVM or a forked one (the Maven plugin, this library's own stages),
 * needs of the native engine, without knowing ND4J: the backend loaded once, ND4J's classes through the program's
 * class loader, and for a forked JVM the environment and the native builds it gets.
 */
public final class NetworkProcess {
    private NetworkProcess() {
    }

    /** The {@code siamese.*} system properties the engine reads itself, e.g. {@code -Dsiamese.onednn.direct=false}. */
    public static Set<String> engineProperties() {
        return Backends.SIAMESE_PROPERTIES;
    }

    /**
     * Loads the ND4J backend before any other ND4J or DL4J use (idempotent) and says what was loaded. A missing or
     * broken backend is an {@link ExperimentException} that says which dependency to add.
     */
    public static BackendInfo initialise() {
        try {
            return Backends.initialise();
        } catch (BackendUnavailableException e) {
            throw new ExperimentException(e.getMessage(), e);
        }
    }

    /**
     * Makes ND4J load its classes through {@code owner}'s class loader (it picks one once): a host that loads
     * this library in a class loader of its own (a Maven plugin) calls this before running a network in its JVM.
     */
    public static void useClassLoaderOf(Class<?> owner) {
        Backends.useClassLoaderOf(owner);
    }

    /** The environment a forked JVM gets unless the user's own environment names the variable ({@link IdleWorkers}). */
    public static Map<String, String> forkEnvironment() {
        return IdleWorkers.SLEEP;
    }

    /** The feature flags of this machine's CPU, or null where they cannot be read. */
    public static Set<String> cpuFlags() {
        return NativeBuilds.cpuFlags();
    }

    /** Whether the Maven artifact of these coordinates is a native build of an ND4J backend. */
    public static boolean isNativeBuild(String groupId, String artifactId, String classifier) {
        return NativeBuilds.isNativeBuild(groupId, artifactId, classifier);
    }

    /**
     * The native builds among {@code classifiers} that a forked JVM on a CPU with {@code cpuFlags} leaves off its
     * class path: all but the most specific one the CPU runs, per platform ({@link NativeBuilds#leftOut}).
     */
    public static Set<String> nativeBuildsLeftOut(Set<String> classifiers, Set<String> cpuFlags) {
        return NativeBuilds.leftOut(classifiers, cpuFlags);
    }
}
