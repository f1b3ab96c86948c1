package dev.siamese.maven;

import dev.siamese.model.NetworkProcess;
import dev.siamese.spec.FieldNames;
import org.apache.maven.model.Activation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;

import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code siamese.*} properties a build may set, and a warning for each it sets that is none of them. Known
 * are every goal's parameters, read from the plugin's descriptor ({@code META-INF/maven/plugin.xml}, each
 * parameter's {@code ${siamese.…}}), so that a new parameter needs no second list, and the names the build's
 * POMs use themselves: properties and profile activations of the project and its parents
 * ({@code siamese.version}, {@code siamese.ciSize}), and the ones the engine reads ({@code siamese.onednn.direct}).
 */
final class PluginProperties {
    static final String PREFIX = "siamese.";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(siamese\\.[^}]+)}");

    private final Set<String> known;

    PluginProperties(Collection<String> known) {
        this.known = new TreeSet<>(known);
    }

    /**
     * The parameters of {@code plugin}'s goals, the names {@code project} (may be null) and its parents use, and
     * the engine's.
     */
    static PluginProperties of(PluginDescriptor plugin, MavenProject project) {
        Set<String> names = new TreeSet<>(NetworkProcess.engineProperties());
        for (MojoDescriptor mojo : plugin.getMojos() == null ? List.<MojoDescriptor>of() : plugin.getMojos()) {
            PlexusConfiguration configuration = mojo.getMojoConfiguration();
            if (configuration != null) {
                for (PlexusConfiguration parameter : configuration.getChildren()) {
                    names.addAll(expressions(parameter.getValue(null)));
                }
            }
        }
        for (MavenProject p = project; p != null; p = p.getParent()) {
            names.addAll(usedBy(p.getOriginalModel()));
        }
        return new PluginProperties(names);
    }

    /** The {@code siamese.*} names a POM declares as properties or activates profiles with. */
    static Set<String> usedBy(Model pom) {
        Set<String> names = new TreeSet<>();
        if (pom == null) {
            return names;
        }
        pom.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith(PREFIX)).forEach(names::add);
        for (Profile profile : pom.getProfiles()) {
            Activation activation = profile.getActivation();
            if (activation != null && activation.getProperty() != null && activation.getProperty().getName() != null) {
                String name = activation.getProperty().getName().replaceFirst("^!", "");
                if (name.startsWith(PREFIX)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The {@code siamese.*} names in {@code ${…}} expressions of {@code text} (null: none). */
    static Set<String> expressions(String text) {
        Set<String> names = new TreeSet<>();
        if (text != null) {
            Matcher m = EXPRESSION.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    boolean knows(String name) {
        return known.contains(name);
    }

    /** One warning per {@code siamese.*} property among {@code userProperties} that is not known, by name. */
    List<String> unknown(Properties userProperties) {
        return userProperties.stringPropertyNames().stream().filter(n -> n.startsWith(PREFIX) && !knows(n)).sorted()
                .map(this::warning).toList();
    }

    /** {@code -Dsiamese.thresold is not a property of the Siamese plugin; did you mean siamese.threshold?} */
    String warning(String name) {
        return "-D" + name + " is not a property of the Siamese plugin"
                + FieldNames.closest(name, known).map(c -> "; did you mean " + c + "?").orElse("");
    }
}
