package dev.siamese.data;

import dev.siamese.Seeds;
import dev.siamese.spec.ScanVariation;
import dev.siamese.spec.StripesDatasetSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The seed's toy data set: finger "A" with vertical stripes, finger "B" with horizontal ones,
 * {@code A_00.bmp}, {@code A_01.bmp}, ... With no variation every scan is pixel-identical to what the
 * seed's Pillow script writes:
 * <ul>
 *   <li>{@code rectangle([x0, 0, x0 + w, h])} includes both corners, so each stripe paints w + 1
 *       columns and the next stripe overwrites the last one;</li>
 *   <li>only {@code int(size / w)} stripes are drawn, so the columns right of the last stripe stay white;</li>
 *   <li>stripe i is black when i is odd;</li>
 *   <li>{@code rotate(90)} of a square image is an exact counter-clockwise quarter turn.</li>
 * </ul>
 */
public final class StripesGenerator {
    private StripesGenerator() {
    }

    public static List<LabeledImage> generate(StripesDatasetSpec spec, long seed) {
        GrayImage vertical = vertical(spec.size(), spec.stripeWidth());
        GrayImage horizontal = rotateCounterClockwise(vertical);
        List<LabeledImage> out = new ArrayList<>();
        addScans(out, "A", vertical, spec, seed);
        addScans(out, "B", horizontal, spec, seed);
        return out;
    }

    private static void addScans(List<LabeledImage> out, String finger, GrayImage master, StripesDatasetSpec spec,
                                 long seed) {
        int digits = Math.max(2, String.valueOf(spec.scansPerFinger() - 1).length());
        for (int i = 0; i < spec.scansPerFinger(); i++) {
            GrayImage scan = spec.variation().isNone() ? master
                    : vary(master, spec.variation(), Seeds.random(seed, "stripes/" + finger + "/" + i));
            out.add(new LabeledImage(String.format("%s_%0" + digits + "d.bmp", finger, i), finger, scan));
        }
    }

    /** The seed's image: white, then stripes i = 0 .. size/width - 1, black when i is odd. */
    static GrayImage vertical(int size, int stripeWidth) {
        GrayImage img = GrayImage.filled(size, size, 255);
        int stripes = size / stripeWidth;
        for (int i = 0; i < stripes; i++) {
            int color = i % 2 == 1 ? 0 : 255;
            int x0 = i * stripeWidth;
            int x1 = Math.min(x0 + stripeWidth, size - 1); // inclusive, as Pillow's rectangle
            for (int y = 0; y < size; y++) {
                for (int x = x0; x <= x1; x++) {
                    img.set(x, y, color);
                }
            }
        }
        return img;
    }

    /** Pillow's {@code rotate(90)} of a square image: new(x, y) = old(size - 1 - y, x). */
    static GrayImage rotateCounterClockwise(GrayImage src) {
        int n = src.width();
        GrayImage out = GrayImage.filled(n, n, 0);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                out.set(x, y, src.get(n - 1 - y, x));
            }
        }
        return out;
    }

    /**
     * A scan that differs from the master as a real one would: shifted, slightly rotated about the
     * centre (bilinear, white where the finger left the sensor), with Gaussian noise.
     */
    static GrayImage vary(GrayImage master, ScanVariation v, Random random) {
        int n = master.width();
        int dx = v.maxShift() == 0 ? 0 : random.nextInt(2 * v.maxShift() + 1) - v.maxShift();
        int dy = v.maxShift() == 0 ? 0 : random.nextInt(2 * v.maxShift() + 1) - v.maxShift();
        double angle = Math.toRadians((random.nextDouble() * 2 - 1) * v.maxRotationDegrees());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double c = (n - 1) / 2.0;
        GrayImage out = GrayImage.filled(n, n, 255);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                // Inverse map: undo the shift, then the rotation about the centre.
                double ux = x - dx - c;
                double uy = y - dy - c;
                double sx = cos * ux + sin * uy + c;
                double sy = -sin * ux + cos * uy + c;
                double value = Resampling.bilinear(master, sx, sy, 255);
                if (v.noise() > 0) {
                    value += random.nextGaussian() * v.noise() * 255;
                }
                out.set(x, y, (int) Math.max(0, Math.min(255, Math.round(value))));
            }
        }
        return out;
    }
}
