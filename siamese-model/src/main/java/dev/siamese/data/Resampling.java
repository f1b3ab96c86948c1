package dev.siamese.data;

/**
 * Bilinear sampling and resizing written out in plain Java, so the result is the same on every JVM
 * and platform (Java2D's scaling may use native, platform-dependent loops).
 */
public final class Resampling {
    private Resampling() {
    }

    /** The value at continuous coordinates (x, y); outside the image, {@code background}. */
    static double bilinear(GrayImage img, double x, double y, int background) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double a = at(img, x0, y0, background);
        double b = at(img, x0 + 1, y0, background);
        double c = at(img, x0, y0 + 1, background);
        double d = at(img, x0 + 1, y0 + 1, background);
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    private static int at(GrayImage img, int x, int y, int background) {
        return x < 0 || y < 0 || x >= img.width() || y >= img.height() ? background : img.get(x, y);
    }

    /** Resizes with bilinear interpolation, pixel centres aligned (as OpenCV's INTER_LINEAR). */
    public static GrayImage resize(GrayImage src, int width, int height) {
        if (src.width() == width && src.height() == height) {
            return src;
        }
        GrayImage out = GrayImage.filled(width, height, 0);
        double sx = (double) src.width() / width;
        double sy = (double) src.height() / height;
        for (int y = 0; y < height; y++) {
            double fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), src.height() - 1);
            for (int x = 0; x < width; x++) {
                double fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), src.width() - 1);
                out.set(x, y, (int) Math.round(bilinear(src, fx, fy, 0)));
            }
        }
        return out;
    }
}
