package dev.siamese.maven.fork;

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
 * prints lines), the plexus-utils Maven adds to every plugin's realm, and a generic native ND4J build
 * beside a more specific one of the same platform (JavaCPP loads the one with the extension, e.g.
 * {@code linux-x86_64-onednn}, so {@code linux-x86_64}'s 90 MB would only be opened and indexed).
 */
public final class ForkClasspath {
    private static final String ND4J = "org.nd4j";

    private ForkClasspath() {
    }

    public static List<File> of(File pluginJar, Collection<Artifact> artifacts) {
        Set<String> nativeClassifiers = new LinkedHashSet<>();
        for (Artifact a : artifacts) {
            if (isNative(a)) {
                nativeClassifiers.add(a.getClassifier());
            }
        }
        Set<File> files = new LinkedHashSet<>();
        files.add(pluginJar);
        for (Artifact a : artifacts) {
            if (a.getFile() != null && !mavenSideOnly(a) && !(isNative(a) && superseded(a.getClassifier(), nativeClassifiers))) {
                files.add(a.getFile());
            }
        }
        return new ArrayList<>(files);
    }

    /** A JavaCPP native build of an ND4J backend: a classifier naming the platform, e.g. {@code linux-x86_64}. */
    private static boolean isNative(Artifact a) {
        return a.getGroupId().equals(ND4J) && a.getArtifactId().startsWith("nd4j-") && a.hasClassifier();
    }

    /** A platform's generic build when one with an extension of it ({@code linux-x86_64-onednn}) is there too. */
    private static boolean superseded(String classifier, Set<String> classifiers) {
        return classifiers.stream().anyMatch(other -> other.startsWith(classifier + "-"));
    }

    private static boolean mavenSideOnly(Artifact a) {
        return a.getGroupId().equals("me.tongfei") || a.getGroupId().equals("org.jline")
                || (a.getGroupId().equals("org.codehaus.plexus") && a.getArtifactId().equals("plexus-utils"));
    }
}
