package dev.siamese.data;

import dev.siamese.Sha256;

import java.nio.ByteBuffer;


/**
 * An 8-bit grayscale image, row-major from the top-left; 0 is black, 255 white. Networks see
 * {@code value / 255} as the seed does.
 */
public record GrayImage(int width, int height, byte[] pixels) {
    public GrayImage {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + pixels.length);
        }
    }

    public static GrayImage filled(int width, int height, int value) {
        byte[] p = new byte[width * height];
        java.util.Arrays.fill(p, (byte) value);
        return new GrayImage(width, height, p);
    }

    /** The pixel at column x, row y, 0..255. */
    public int get(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    public void set(int x, int y, int value) {
        pixels[y * width + x] = (byte) value;
    }

    /** Pixels scaled to [0, 1], row-major. */
    public float[] toUnitFloats() {
        float[] out = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (pixels[i] & 0xff) / 255f;
        }
        return out;
    }

    /** SHA-256 of width, height and pixels: identical for identical images whatever the file format. */
    public String sha256() {
        return new Sha256().update(ByteBuffer.allocate(8).putInt(width).putInt(height).array()).update(pixels).hex();
    }
}
