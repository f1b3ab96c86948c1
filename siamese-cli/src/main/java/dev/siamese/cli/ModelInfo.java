package dev.siamese.cli;

import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.MatcherSettings;
import dev.siamese.spec.InputSpec;

import java.util.Locale;
import java.util.Optional;

/**
 * What {@code siamese info} answers (its JSON): what a model expects and where it came from.
 *
 * @param model              the model file
 * @param modelSha256        its SHA-256 (what galleries and results record)
 * @param width              the network's input width in pixels
 * @param height             its input height
 * @param input              how a scan is prepared ({@code model.input}: dpi, window, normalisation, views); null
 *                           when the model takes images of its size as they are
 * @param scanDpi            the resolution scans are taken to have unless {@code --dpi} says otherwise
 * @param distance           how two templates are compared
 * @param threshold          the operating threshold, or null without {@code matcher.json}
 * @param operatingPoint     how it was chosen ({@code eer}, {@code fmr=...}), from {@code matcher.json}
 * @param validationFmr      the false match rate there on the validation pairs
 * @param validationFnmr     the false non-match rate there
 * @param trainingImages     how many distinct images (by their pixels) the model records it was trained on (0: none recorded)
 */
record ModelInfo(String model, String modelSha256, int width, int height, InputSpec input, Double scanDpi,
                 String distance, Double threshold, String operatingPoint, Double validationFmr,
                 Double validationFnmr, int trainingImages) {

    static ModelInfo of(FingerprintMatcher matcher, Optional<MatcherSettings> settings) {
        InputSpec input = matcher.input();
        return new ModelInfo(matcher.modelFile().toString(), matcher.modelSha256(), matcher.width(), matcher.height(),
                input, input == null ? null : matcher.scanDpi(), matcher.distanceKind().jsonName(),
                settings.map(MatcherSettings::threshold).orElse(null),
                settings.map(MatcherSettings::operatingPoint).orElse(null),
                settings.map(MatcherSettings::validationFmr).orElse(null),
                settings.map(MatcherSettings::validationFnmr).orElse(null), matcher.trainingImageCount());
    }

    /** A few lines for a person. */
    String text() {
        StringBuilder b = new StringBuilder();
        b.append("model            ").append(model).append('\n');
        b.append("sha256           ").append(modelSha256).append('\n');
        b.append("input            ").append(input == null ? width + "×" + height + " pixels, 8-bit gray, as they are"
                : String.format(Locale.ROOT, "scans of any size at %s dpi (--dpi), seen at %s dpi in a %d×%d window, "
                + "normalisation %s, %d view(s)", scanDpi, input.dpi(), input.width(), input.height(),
                input.normalisation().jsonName(), input.viewCount())).append('\n');
        b.append("distance         ").append(distance).append('\n');
        b.append("threshold        ").append(threshold == null ? "none (no matcher.json; give --threshold)"
                : String.format(Locale.ROOT, "%.6g (%s; validation FMR %.4g, FNMR %.4g)", threshold, operatingPoint,
                validationFmr, validationFnmr)).append('\n');
        b.append("trained on       ").append(trainingImages == 0 ? "not recorded"
                : trainingImages + " distinct images (training-images.txt)");
        return b.toString();
    }
}
