package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Verification;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Locale;

/**
 * Compares two scans with a trained model: their distance, the threshold used, and the decision
 * (match when the distance is below the threshold). Needs no project.
 *
 * @since 0.2.0
 */
@Mojo(name = "match", requiresProject = false, threadSafe = true)
public class MatchMojo extends ModelMojo {

    /**
     * The first scan.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.left")
    private File left;

    /**
     * The second scan.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.right")
    private File right;

    @Override
    protected void use() {
        if (left == null || right == null) {
            throw new ExperimentException("siamese:match needs two images: -Dsiamese.left=<image> -Dsiamese.right=<image>");
        }
        FingerprintMatcher matcher = loadMatcher(locateModel());
        if (matcher.threshold().isEmpty()) {
            throw new ExperimentException(matcher.modelFile() + ": no matcher.json beside the model, so no operating "
                    + "threshold; run siamese:evaluate on its experiment or set -Dsiamese.threshold");
        }
        Verification v = matcher.verify(path(left), path(right));
        getLog().info(String.format(Locale.ROOT, "%s vs %s: distance %.6g, threshold %.6g: %s", left.getName(),
                right.getName(), v.distance(), v.threshold(), v.matches() ? "MATCH" : "NO MATCH"));
    }
}
