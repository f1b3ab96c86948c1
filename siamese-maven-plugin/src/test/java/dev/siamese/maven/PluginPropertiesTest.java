package dev.siamese.maven;

import org.apache.maven.model.Activation;
import org.apache.maven.model.ActivationProperty;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginPropertiesTest {

    /** This build's own descriptor, as Maven reads it when a goal runs. */
    private static PluginDescriptor descriptor() throws Exception {
        try (Reader r = Files.newBufferedReader(Path.of("target/classes/META-INF/maven/plugin.xml"))) {
            return new PluginDescriptorBuilder().build(r);
        }
    }

    private static Properties given(String... names) {
        Properties p = new Properties();
        for (String n : names) {
            p.setProperty(n, "1");
        }
        return p;
    }

    @Test
    void everyGoalsParametersAreKnownFromTheDescriptor() throws Exception {
        PluginProperties known = PluginProperties.of(descriptor(), null);
        for (String name : List.of("siamese.threshold", "siamese.skip", "siamese.identify.rank", "siamese.realData",
                "siamese.allowedFolders", "siamese.spark.master", "siamese.check.haltOnFailure", "siamese.fork",
                "siamese.onednn.direct")) {
            assertTrue(known.knows(name), name);
        }
        assertEquals(List.of(), known.unknown(given("siamese.threshold", "siamese.top", "maven.repo.local", "skipTests")),
                "known names and other tools' properties pass in silence");
    }

    @Test
    void aMisspeltPropertyIsWarnedOfWithTheNearestName() throws Exception {
        PluginProperties known = PluginProperties.of(descriptor(), null);
        assertEquals(List.of("-Dsiamese.thresold is not a property of the Siamese plugin; did you mean siamese.threshold?",
                        "-Dsiamese.xyzzy is not a property of the Siamese plugin"),
                known.unknown(given("siamese.xyzzy", "siamese.thresold", "siamese.top")));
        assertEquals("-Dsiamese.identify.rnak is not a property of the Siamese plugin; did you mean siamese.identify.rank?",
                known.warning("siamese.identify.rnak"));
    }

    @Test
    void namesThePomsUseAreKnownTheirParentsIncluded() {
        Model parentPom = new Model();
        parentPom.addProfile(activatedBy("siamese.ciSize"));
        parentPom.addProfile(activatedBy("!siamese.fullSize"));
        parentPom.addProfile(new Profile());
        parentPom.addProperty("siamese.version", "1");
        parentPom.addProperty("other.version", "1");
        Model pom = new Model();
        pom.addProperty("siamese.pretrainingSpec", "p.json");
        MavenProject parent = new MavenProject(parentPom);
        parent.setOriginalModel(parentPom);
        MavenProject project = new MavenProject(pom);
        project.setOriginalModel(pom);
        project.setParent(parent);

        PluginProperties known = PluginProperties.of(new PluginDescriptor(), project);
        for (String name : List.of("siamese.ciSize", "siamese.fullSize", "siamese.version", "siamese.pretrainingSpec")) {
            assertTrue(known.knows(name), name);
        }
        assertFalse(known.knows("other.version"));
        assertEquals(List.of("-Dsiamese.ciSise is not a property of the Siamese plugin; did you mean siamese.ciSize?"),
                known.unknown(given("siamese.ciSise", "siamese.ciSize")));
    }

    private static Profile activatedBy(String property) {
        ActivationProperty name = new ActivationProperty();
        name.setName(property);
        Activation activation = new Activation();
        activation.setProperty(name);
        Profile profile = new Profile();
        profile.setActivation(activation);
        return profile;
    }

    @Test
    void expressionsAreReadFromParameterValues() {
        assertEquals(Set.of("siamese.top"), PluginProperties.expressions("${siamese.top}"));
        assertEquals(Set.of(), PluginProperties.expressions("${project.basedir}/experiment.json"));
        assertEquals(Set.of(), PluginProperties.expressions(null));
    }
}
