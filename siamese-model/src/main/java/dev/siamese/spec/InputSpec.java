package dev.siamese.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a network sees of a scan ({@code model.input}): every image, whatever its size and resolution, is rescaled
 * to {@code dpi}, the print is found and centred in a {@code width × height} window, and its gray levels are
 * normalised. Recorded in the model, so that training, evaluation and the matcher prepare scans alike.
 *
 * @param dpi           the resolution the network sees, in dots per inch
 * @param width         input width in pixels
 * @param height        input height in pixels
 * @param normalisation how gray levels are turned into network input
 * @param views         how many views of a scan a network trained by finger embeds at inference and averages (1: the
 *                      scan alone; up to 7: turned and shifted a little, {@code preprocess.TestTimeViews}); models
 *                      saved without it read 0, the same as 1
 */
public record InputSpec(double dpi, int width, int height, Normalisation normalisation, int views) {
    public static final double DEFAULT_DPI = 250;
    public static final int DEFAULT_SIZE = 160;

    /** With the scan alone as its view. */
    public InputSpec(double dpi, int width, int height, Normalisation normalisation) {
        this(dpi, width, height, normalisation, 1);
    }

    /** Whether a network of {@code other} is trained on what one of this sees: all but the views are equal. */
    public boolean preparesLike(InputSpec other) {
        return other != null && dpi == other.dpi && width == other.width && height == other.height
                && normalisation == other.normalisation;
    }

    /** The views to embed and average, at least 1. */
    public int viewCount() {
        return Math.max(1, views);
    }

    /** How the gray levels of a scan become network input. */
    public enum Normalisation {
        /**
         * The ridge pattern only: band-passed around the ridge frequency, divided by its local amplitude, faded out
         * beyond the print; background, contrast, brightness and blur of the sensor are gone.
         */
        RIDGES,
        /**
         * As {@link #RIDGES}, then enhanced along the local ridge orientation with Gabor kernels of the ridge
         * period: breaks, pores and sensor texture smoothed away, as classical matchers do before they look for
         * minutiae.
         */
        ENHANCED,
        /** The gray levels as scanned (white outside the image). */
        NONE;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static List<String> jsonNames() {
            return Arrays.stream(values()).map(Normalisation::jsonName).toList();
        }

        @JsonCreator
        public static Normalisation fromJson(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }
}
