package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;

/**
 * A gray image of floats, row-major from the top-left: the working form of every preprocessing step.
 */
public record FloatImage(int width, int height, float[] values) {
    public FloatImage {
        if (width < 1 || height < 1 || values.length != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " image needs " + width * height
                    + " values, got " + values.length);
        }
    }

    /** The 8-bit image's gray levels as floats, 0 to 255. */
    public static FloatImage of(GrayImage image) {
        float[] v = new float[image.width() * image.height()];
        byte[] p = image.pixels();
        for (int i = 0; i < v.length; i++) {
            v[i] = p[i] & 0xff;
        }
        return new FloatImage(image.width(), image.height(), v);
    }

    public static FloatImage filled(int width, int height, float value) {
        float[] v = new float[width * height];
        java.util.Arrays.fill(v, value);
        return new FloatImage(width, height, v);
    }

    public float get(int x, int y) {
        return values[y * width + x];
    }

    /** Rounded and clamped to 0..255. */
    public GrayImage toGray() {
        byte[] p = new byte[values.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) Math.max(0, Math.min(255, Math.round(values[i])));
        }
        return new GrayImage(width, height, p);
    }
}
