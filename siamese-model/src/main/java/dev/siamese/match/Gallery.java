package dev.siamese.match;

import dev.siamese.ExperimentException;
import dev.siamese.distance.EmbeddingDistance;

import java.util.List;

/**
 * Enrolled templates of one model: the templates (float32, or int8 with a scale per template), who each
 * belongs to, and the SHA-256 and distance rule of the model that made them, so that a gallery is never
 * searched with another model's probes. Immutable; read and written by {@link GalleryFile}.
 */
public final class Gallery {
    private final String modelSha256;
    private final EmbeddingDistance distance;
    private final int dimensions;
    private final List<GalleryEntry> entries;
    private final TemplateFormat format;
    private final float[] floats;  // FLOAT32: size × dimensions
    private final byte[] codes;    // INT8: size × dimensions
    private final float[] scales;  // INT8: one per template

    private Gallery(String modelSha256, EmbeddingDistance distance, int dimensions, List<GalleryEntry> entries,
                    TemplateFormat format, float[] floats, byte[] codes, float[] scales) {
        this.modelSha256 = modelSha256;
        this.distance = distance;
        this.dimensions = dimensions;
        this.entries = List.copyOf(entries);
        this.format = format;
        this.floats = floats;
        this.codes = codes;
        this.scales = scales;
    }

    /** A float32 gallery of {@code values} ({@code entries.size() × dimensions}, row-major; not copied). */
    public static Gallery ofFloats(String modelSha256, EmbeddingDistance distance, int dimensions,
                                   List<GalleryEntry> entries, float[] values) {
        if (values.length != (long) entries.size() * dimensions) {
            throw new IllegalArgumentException(values.length + " values for " + entries.size() + " × " + dimensions);
        }
        return new Gallery(modelSha256, distance, dimensions, entries, TemplateFormat.FLOAT32, values, null, null);
    }

    /** An int8 gallery: codes ({@code size × dimensions}) and a scale per template (not copied). */
    public static Gallery ofCodes(String modelSha256, EmbeddingDistance distance, int dimensions,
                                  List<GalleryEntry> entries, byte[] codes, float[] scales) {
        if (codes.length != (long) entries.size() * dimensions || scales.length != entries.size()) {
            throw new IllegalArgumentException(codes.length + " codes, " + scales.length + " scales for "
                    + entries.size() + " × " + dimensions);
        }
        return new Gallery(modelSha256, distance, dimensions, entries, TemplateFormat.INT8, null, codes, scales);
    }

    /** Templates of {@code matcher}'s model, stored in {@code format}. */
    public static Gallery of(FingerprintMatcher matcher, List<GalleryEntry> entries, List<Template> templates,
                             TemplateFormat format) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no templates");
        }
        int e = templates.get(0).dimensions();
        float[] values = new float[templates.size() * e];
        for (int i = 0; i < templates.size(); i++) {
            System.arraycopy(templates.get(i).raw(), 0, values, i * e, e);
        }
        Gallery floats = ofFloats(matcher.modelSha256(), matcher.distanceKind(), e, entries, values);
        return format == TemplateFormat.INT8 ? floats.quantised() : floats;
    }

    /** This gallery in int8 ({@link Int8Codes}); itself when it is int8 already. */
    public Gallery quantised() {
        if (format == TemplateFormat.INT8) {
            return this;
        }
        int n = entries.size();
        byte[] q = new byte[n * dimensions];
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = Int8Codes.encode(floats, i * dimensions, dimensions, q, i * dimensions);
        }
        return ofCodes(modelSha256, distance, dimensions, entries, q, s);
    }

    /** Refuses probes of another model, naming both. */
    public void requireModel(String probeModelSha256, String galleryName) {
        if (!modelSha256.equals(probeModelSha256)) {
            throw new ExperimentException(galleryName + ": gallery enrolled with model " + modelSha256
                    + ", not with this model (" + probeModelSha256 + "); enroll it again with this model");
        }
    }

    /** Template {@code i} as floats (decoded when int8). */
    public float[] template(int i) {
        float[] out = new float[dimensions];
        if (format == TemplateFormat.FLOAT32) {
            System.arraycopy(floats, i * dimensions, out, 0, dimensions);
        } else {
            Int8Codes.decode(codes, i * dimensions, dimensions, scales[i], out);
        }
        return out;
    }

    public int size() {
        return entries.size();
    }

    public String modelSha256() {
        return modelSha256;
    }

    public EmbeddingDistance distance() {
        return distance;
    }

    public int dimensions() {
        return dimensions;
    }

    public List<GalleryEntry> entries() {
        return entries;
    }

    public TemplateFormat format() {
        return format;
    }

    float[] floats() {
        return floats;
    }

    byte[] codes() {
        return codes;
    }

    float[] scales() {
        return scales;
    }
}
