package dev.siamese.maven.fork;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForkClasspathTest {
    static Artifact artifact(String group, String id, String version, String classifier) {
        Artifact a = new DefaultArtifact(group, id, version, "runtime", "jar", classifier, new DefaultArtifactHandler("jar"));
        a.setFile(new File(id + "-" + version + (classifier == null ? "" : "-" + classifier) + ".jar"));
        return a;
    }

    @Test
    void onlyWhatTheForkedRunNeeds() {
        File plugin = new File("siamese-maven-plugin-0.2.0.jar");
        Artifact pluginItself = artifact("dev.siamese", "siamese-maven-plugin", "0.2.0", null);
        pluginItself.setFile(plugin);
        List<Artifact> artifacts = List.of(pluginItself,
                artifact("dev.siamese", "siamese-model", "0.2.0", null),
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", null),
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", "linux-x86_64"),
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", "linux-x86_64-onednn"),
                artifact("org.bytedeco", "javacpp", "1.5.7", "linux-x86_64"),
                artifact("org.codehaus.plexus", "plexus-utils", "1.1", null),
                artifact("me.tongfei", "progressbar", "0.10.1", null),
                artifact("org.jline", "jline-terminal", "3.24.1", null),
                artifact("org.slf4j", "slf4j-simple", "1.7.36", null));
        assertEquals(List.of("siamese-maven-plugin-0.2.0.jar", "siamese-model-0.2.0.jar", "nd4j-native-1.0.0-M2.1.jar",
                        "nd4j-native-1.0.0-M2.1-linux-x86_64-onednn.jar", "javacpp-1.5.7-linux-x86_64.jar",
                        "slf4j-simple-1.7.36.jar"),
                ForkClasspath.of(plugin, artifacts, Set.of("sse2")).stream().map(File::getName).toList(),
                "the plugin jar once, one native build, no plexus-utils, no progress bar or terminal jars");
    }

    @Test
    void aLoneGenericNativeBuildStays() {
        List<File> files = ForkClasspath.of(new File("p.jar"), List.of(
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", null),
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", "linux-x86_64")), Set.of("avx2"));
        assertEquals(List.of("p.jar", "nd4j-native-1.0.0-M2.1.jar", "nd4j-native-1.0.0-M2.1-linux-x86_64.jar"),
                files.stream().map(File::getName).toList());
    }

    private static List<String> natives(Set<String> flags) {
        List<Artifact> artifacts = List.of(
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", "linux-x86_64"),
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", "linux-x86_64-onednn"),
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", "linux-x86_64-onednn-avx2"),
                artifact("org.nd4j", "nd4j-native", "1.0.0-M2.1", "linux-x86_64-onednn-avx512"));
        return ForkClasspath.of(new File("p.jar"), artifacts, flags).stream().map(File::getName)
                .filter(n -> !n.equals("p.jar")).toList();
    }

    @Test
    void theMostSpecificBuildTheCpuRunsIsTheOneKept() {
        assertEquals(List.of("nd4j-native-1.0.0-M2.1-linux-x86_64-onednn-avx512.jar"),
                natives(Set.of("avx2", "avx512f")));
        assertEquals(List.of("nd4j-native-1.0.0-M2.1-linux-x86_64-onednn-avx2.jar"), natives(Set.of("avx2", "fma")));
        assertEquals(List.of("nd4j-native-1.0.0-M2.1-linux-x86_64-onednn.jar"), natives(Set.of("sse4_2")));
        assertEquals(4, natives(null).size(), "CPU unknown: every build stays and JavaCPP chooses");
    }
}
