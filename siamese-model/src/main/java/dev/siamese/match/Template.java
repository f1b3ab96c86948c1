package dev.siamese.match;

/**
 * A fixed-length template of one image: the model's embedding, float32. Compare two with
 * {@link FingerprintMatcher#distance(Template, Template)}; store many in a {@link Gallery}.
 */
public record Template(float[] values) {
    public Template {
        values = values.clone();
    }

    public int dimensions() {
        return values.length;
    }

    /** The values (a copy). */
    @Override
    public float[] values() {
        return values.clone();
    }

    /** The values without a copy, for this package's loops. */
    float[] raw() {
        return values;
    }
}
