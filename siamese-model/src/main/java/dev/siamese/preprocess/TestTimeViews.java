package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;

/**
 * The views a network embeds a scan in at inference ({@code model.input.views}): the scan itself, then turned by
 * ∓{@value #DEGREES}°, then shifted by ±{@value #SHIFT} of its width along x, then along y. A model averages the
 * unit embeddings of its views, so that what a small turn or shift of the finger changes weighs less.
 */
public final class TestTimeViews {
    /** The most views there are. */
    public static final int MAX = 7;
    static final double DEGREES = 8;
    static final double SHIFT = 0.025;

    private TestTimeViews() {
    }

    /** View {@code index} (0 = the image itself) of {@code image}; areas moved in take gray level {@code fill}. */
    public static GrayImage of(GrayImage image, int index, int fill) {
        if (index == 0) {
            return image;
        }
        double angle = index == 1 ? -DEGREES : index == 2 ? DEGREES : 0;
        double dx = index == 3 ? SHIFT : index == 4 ? -SHIFT : 0;
        double dy = index == 5 ? SHIFT : index == 6 ? -SHIFT : 0;
        if (index < 0 || index >= MAX) {
            throw new IllegalArgumentException("view " + index + " of " + MAX);
        }
        int w = image.width();
        int h = image.height();
        double a = Math.toRadians(angle);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = x - cx - dx * w;
                double v = y - cy - dy * h;
                double sx = cos * u + sin * v + cx;
                double sy = -sin * u + cos * v + cy;
                out[y * w + x] = (byte) Math.round(sample(image, sx, sy, fill));
            }
        }
        return new GrayImage(w, h, out);
    }

    private static double sample(GrayImage img, double x, double y, int fill) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (1 - fy) * ((1 - fx) * at(img, x0, y0, fill) + fx * at(img, x0 + 1, y0, fill))
                + fy * ((1 - fx) * at(img, x0, y0 + 1, fill) + fx * at(img, x0 + 1, y0 + 1, fill));
    }

    private static int at(GrayImage img, int x, int y, int fill) {
        return x < 0 || y < 0 || x >= img.width() || y >= img.height() ? fill : img.get(x, y);
    }
}
