package dev.siamese.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of ND4J's native builds of a platform ({@code linux-x86_64}, {@code -onednn}, {@code -onednn-avx2},
 * {@code -onednn-avx512}, ...) this CPU should run: the most specific one it can, oneDNN before plain,
 * AVX-512 before AVX2 before generic. With several builds on the class path JavaCPP does not choose so
 * (measured: the AVX2 build on an AVX-512 CPU), so {@link Backends} names the build through JavaCPP's
 * {@value #EXTENSION_PROPERTY}, and a forked JVM's class path holds only that build ({@link #leftOut}).
 */
public final class NativeBuilds {
    /** JavaCPP's choice of build suffix, e.g. {@code -onednn-avx512}; a user's own setting is kept. */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";
    private static final String ND4J_GROUP = "org.nd4j";
    private static final List<String> EXTENSIONS = List.of("-onednn-avx512", "-onednn-avx2", "-onednn", "-avx512", "-avx2", "");

    private NativeBuilds() {
    }

    /** The feature flags of the first processor (Linux's {@code /proc/cpuinfo}), or null where they cannot be read. */
    public static Set<String> cpuFlags() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return new HashSet<>(Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Whether a Maven artifact is one of ND4J's native builds: an {@code org.nd4j:nd4j-*} jar with a platform classifier. */
    public static boolean isNativeBuild(String groupId, String artifactId, String classifier) {
        return groupId.equals(ND4J_GROUP) && artifactId.startsWith("nd4j-") && classifier != null && !classifier.isEmpty();
    }

    /**
     * The builds among {@code classifiers} (e.g. {@code linux-x86_64-onednn-avx2}) that a CPU with {@code cpuFlags}
     * does without: those it cannot run, and those another build of their platform that it runs outranks. None where
     * the flags are unknown (null): then every build stays and JavaCPP chooses.
     */
    public static Set<String> leftOut(Set<String> classifiers, Set<String> cpuFlags) {
        if (cpuFlags == null) {
            return Set.of();
        }
        return classifiers.stream().filter(c -> !runs(c, cpuFlags) || outranked(c, classifiers, cpuFlags))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether another build of the classifier's platform that the CPU runs ranks higher. */
    private static boolean outranked(String classifier, Set<String> classifiers, Set<String> cpuFlags) {
        String platform = platform(classifier);
        return classifiers.stream().anyMatch(other -> !other.equals(classifier) && platform(other).equals(platform)
                && runs(other, cpuFlags) && rank(other) > rank(classifier));
    }

    /** {@code linux-x86_64} of {@code linux-x86_64-onednn-avx2}. */
    private static String platform(String classifier) {
        String[] parts = classifier.split("-");
        return parts.length >= 2 ? parts[0] + "-" + parts[1] : classifier;
    }

    /** Whether a CPU with {@code cpuFlags} runs the build of this classifier or extension. */
    static boolean runs(String classifier, Set<String> cpuFlags) {
        return !(classifier.endsWith("-avx512") && !cpuFlags.contains("avx512f"))
                && !(classifier.endsWith("-avx2") && !cpuFlags.contains("avx2"));
    }

    /** Higher is preferred: oneDNN first, then the widest vector instructions. */
    static int rank(String classifier) {
        int rank = classifier.contains("-onednn") ? 10 : 0;
        if (classifier.endsWith("-avx512")) {
            rank += 2;
        } else if (classifier.endsWith("-avx2")) {
            rank += 1;
        }
        return rank;
    }

    /**
     * The extension of the best ND4J CPU build that {@code loader} holds for this platform and the CPU runs;
     * empty off linux-x86_64, where the CPU's flags cannot be read, or with no build found.
     */
    static Optional<String> bestPresent(ClassLoader loader, Set<String> cpuFlags) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (cpuFlags == null || !os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return Optional.empty();
        }
        return EXTENSIONS.stream()
                .filter(ext -> runs(ext, cpuFlags) && loader.getResource(BINDINGS + "linux-x86_64" + ext + "/") != null)
                .max(Comparator.comparingInt(NativeBuilds::rank));
    }
}
