package dev.siamese.match;

import dev.siamese.ExperimentException;

import java.util.Locale;

/** What a matcher does with an image whose size is not the model's input size. */
public enum ResizePolicy {
    /** Refuse it with an error naming both sizes (the default: a scan at another resolution is a mistake). */
    REJECT,
    /** Bilinear resize to the model's size ({@link dev.siamese.data.Resampling#resize}), as {@code dataset.resize} does. */
    BILINEAR;

    /** The policy written in lower case ({@code reject}, {@code bilinear}); an error naming {@code where} otherwise. */
    public static ResizePolicy parse(String written, String where) {
        for (ResizePolicy p : values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(written.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new ExperimentException(where + ": \"" + written + "\" is not allowed; allowed: reject, bilinear");
    }
}
