package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;

/** Print-like test scans: an elliptic patch of straight ridges on a plain background. */
final class PrintImages {
    private PrintImages() {
    }

    /**
     * A {@code width × height} scan with ridges of {@code period} pixels at {@code angle} radians inside an ellipse of
     * half-axes {@code rx, ry} around {@code (cx, cy)}: gray {@code background} outside, ridges from it down to
     * {@code background − depth}.
     */
    static GrayImage print(int width, int height, double cx, double cy, double rx, double ry, double period,
                           double angle, int background, int depth) {
        GrayImage img = GrayImage.filled(width, height, background);
        double nx = Math.cos(angle);
        double ny = Math.sin(angle);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = (x - cx) / rx;
                double v = (y - cy) / ry;
                if (u * u + v * v <= 1) {
                    double ridge = 0.5 + 0.5 * Math.cos(2 * Math.PI * (x * nx + y * ny) / period);
                    img.set(x, y, (int) Math.round(background - depth * ridge));
                }
            }
        }
        return img;
    }

    /** The same scan with every gray level mapped to {@code a · v + b}, clamped. */
    static GrayImage affine(GrayImage img, double a, double b) {
        GrayImage out = GrayImage.filled(img.width(), img.height(), 0);
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                out.set(x, y, (int) Math.max(0, Math.min(255, Math.round(a * img.get(x, y) + b))));
            }
        }
        return out;
    }

    /** Mean absolute difference of two images of one size, in gray levels. */
    static double meanAbsoluteDifference(GrayImage a, GrayImage b) {
        double sum = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            sum += Math.abs((a.pixels()[i] & 0xff) - (b.pixels()[i] & 0xff));
        }
        return sum / a.pixels().length;
    }
}
