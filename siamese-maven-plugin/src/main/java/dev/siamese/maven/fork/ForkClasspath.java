package dev.siamese.maven.fork;

import dev.siamese.model.NetworkProcess;
import org.apache.maven.artifact.Artifact;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the forked run's classpath holds: the plugin jar once and the plugin's dependencies, less what
 * only Maven's side uses or nothing uses: the progress bar and its terminal library (the fork only
 * prints lines), the plexus-utils Maven adds to every plugin's realm, and every native ND4J build but
 * one: of the builds of a platform ({@code linux-x86_64}, {@code -onednn}, {@code -onednn-avx2},
 * {@code -onednn-avx512}, ...), the most specific one this CPU can run
 * ({@link NetworkProcess#nativeBuildsLeftOut}). The others (~90 MB each) would only be opened and indexed. Where
 * the CPU's features cannot be read, every build stays and JavaCPP chooses.
 */
public final class ForkClasspath {
    private ForkClasspath() {
    }

    public static List<File> of(File pluginJar, Collection<Artifact> artifacts) {
        return of(pluginJar, artifacts, NetworkProcess.cpuFlags());
    }

    /** As {@link #of(File, Collection)} for a CPU with the given feature flags (null: unknown). */
    static List<File> of(File pluginJar, Collection<Artifact> artifacts, Set<String> cpuFlags) {
        Set<String> nativeClassifiers = new LinkedHashSet<>();
        for (Artifact a : artifacts) {
            if (isNative(a)) {
                nativeClassifiers.add(a.getClassifier());
            }
        }
        Set<String> leftOut = NetworkProcess.nativeBuildsLeftOut(nativeClassifiers, cpuFlags);
        Set<File> files = new LinkedHashSet<>();
        files.add(pluginJar);
        for (Artifact a : artifacts) {
            if (a.getFile() != null && !mavenSideOnly(a) && !(isNative(a) && leftOut.contains(a.getClassifier()))) {
                files.add(a.getFile());
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isNative(Artifact a) {
        return NetworkProcess.isNativeBuild(a.getGroupId(), a.getArtifactId(), a.getClassifier());
    }

    private static boolean mavenSideOnly(Artifact a) {
        return a.getGroupId().equals("me.tongfei") || a.getGroupId().equals("org.jline")
                || (a.getGroupId().equals("org.codehaus.plexus") && a.getArtifactId().equals("plexus-utils"));
    }
}
