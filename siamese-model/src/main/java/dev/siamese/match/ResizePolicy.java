package dev.siamese.match;

/** What a matcher does with an image whose size is not the model's input size. */
public enum ResizePolicy {
    /** Refuse it with an error naming both sizes (the default: a scan at another resolution is a mistake). */
    REJECT,
    /** Bilinear resize to the model's size ({@link dev.siamese.data.Resampling#resize}), as {@code dataset.resize} does. */
    BILINEAR
}
