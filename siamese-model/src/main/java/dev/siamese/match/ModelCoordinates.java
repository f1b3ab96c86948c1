package dev.siamese.match;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maven coordinates {@code groupId:artifactId:version} of an installed experiment, naming the model attached to it
 * ({@link ModelLocation#ARTIFACT_MODEL_SUFFIX}).
 *
 * @param groupId    e.g. {@code dev.siamese.experiments}
 * @param artifactId the experiment's artifact
 * @param version    its version
 */
public record ModelCoordinates(String groupId, String artifactId, String version) {
    private static final Pattern COORDINATES = Pattern.compile("[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.+-]+");

    /** Whether {@code text} has the form {@code groupId:artifactId:version}. */
    public static boolean isCoordinates(String text) {
        return COORDINATES.matcher(text).matches();
    }

    /** The coordinates {@code text} names, or empty when it is not of that form. */
    public static Optional<ModelCoordinates> parse(String text) {
        if (!isCoordinates(text)) {
            return Optional.empty();
        }
        String[] c = text.split(":");
        return Optional.of(new ModelCoordinates(c[0], c[1], c[2]));
    }

    /** Where a Maven local repository keeps the attached model: {@code <group path>/<artifactId>/<version>/...}. */
    public Path modelIn(Path localRepository) {
        Path folder = localRepository;
        for (String part : groupId.split("\\.")) {
            folder = folder.resolve(part);
        }
        return folder.resolve(artifactId).resolve(version).resolve(artifactId + "-" + version
                + ModelLocation.ARTIFACT_MODEL_SUFFIX);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
