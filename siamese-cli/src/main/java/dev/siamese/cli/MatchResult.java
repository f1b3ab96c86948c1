package dev.siamese.cli;

import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Verification;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code siamese match} answers (its JSON).
 *
 * @param left            the first scan
 * @param right           the second scan
 * @param distance        their distance by the model's rule
 * @param threshold       the threshold decided at
 * @param thresholdSource where it came from: {@code eer from matcher.json}, {@code given}
 * @param match           {@code distance < threshold}
 * @param model           the model file
 * @param modelSha256     its SHA-256
 */
record MatchResult(String left, String right, double distance, double threshold, String thresholdSource,
                   boolean match, String model, String modelSha256) {

    static MatchResult of(Path left, Path right, Verification v, FingerprintMatcher matcher) {
        return new MatchResult(left.toString(), right.toString(), v.distance(), v.threshold(),
                matcher.thresholdSource(), v.matches(), matcher.modelFile().toString(), matcher.modelSha256());
    }

    /** One line, as {@code siamese:match} logs it. */
    String line() {
        return String.format(Locale.ROOT, "%s vs %s: distance %.6g, threshold %.6g: %s", Path.of(left).getFileName(),
                Path.of(right).getFileName(), distance, threshold, match ? "MATCH" : "NO MATCH");
    }
}
