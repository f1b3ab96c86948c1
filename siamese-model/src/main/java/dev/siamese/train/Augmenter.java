package dev.siamese.train;

import dev.siamese.spec.AugmentationSpec;

import java.util.Random;

/**
 * Applies {@link AugmentationSpec}'s random changes to one image of unit floats (0 black, 1 white): an elastic
 * distortion, a rotation about the centre, a change of scale and a translation (one bilinear resampling), a
 * partial-contact crop, then contrast about mid-gray, gamma, and Gaussian noise, clamped to [0, 1]. Areas moved in
 * or cropped away become the background: white for scans as they come, mid-gray for ridge-normalised network input.
 * Every draw comes from the given generator in a fixed order, so the same generator state gives the same image. The
 * five original changes are always drawn; elastic distortion, crop and scale draw only when enabled, so specs
 * without them keep their images.
 */
final class Augmenter {
    /** The background of a scan as it comes: white. */
    static final float WHITE = 1f;
    private final AugmentationSpec spec;
    /** What areas moved in from beyond the image and cropped away become. */
    private final float background;
    private final int height;
    private final int width;
    /** Nodes of the elastic grid per axis (at least 2: the corners); spacing is a fraction of each side. */
    private final int grid;

    Augmenter(AugmentationSpec spec, int height, int width) {
        this(spec, height, width, WHITE);
    }

    Augmenter(AugmentationSpec spec, int height, int width, float background) {
        this.spec = spec;
        this.background = background;
        this.height = height;
        this.width = width;
        this.grid = Math.max(2, (int) Math.round(1 / spec.elasticSpacing()) + 1);
    }

    float[] apply(float[] source, Random random) {
        double angle = Math.toRadians(uniform(random, spec.rotationDegrees()));
        double dx = uniform(random, spec.translation()) * width;
        double dy = uniform(random, spec.translation()) * height;
        double contrast = 1 + uniform(random, spec.contrast());
        double gamma = Math.exp(uniform(random, Math.log1p(spec.gamma())));
        double[][] field = spec.elastic() > 0 ? elasticField(random) : null;
        int[] window = spec.crop() > 0 ? window(random) : null;
        double zoom = spec.scale() > 0 ? Math.exp(uniform(random, Math.log1p(spec.scale()))) : 1;
        float[] out = angle == 0 && dx == 0 && dy == 0 && field == null && zoom == 1 ? source.clone()
                : warp(source, angle, dx, dy, field, zoom);
        if (window != null) {
            crop(out, window);
        }
        boolean tone = contrast != 1 || gamma != 1;
        for (int i = 0; i < out.length; i++) {
            double v = out[i];
            if (tone) {
                v = 0.5 + (v - 0.5) * contrast;
                v = Math.pow(Math.min(1, Math.max(0, v)), gamma);
            }
            if (spec.noise() > 0) {
                v += random.nextGaussian() * spec.noise();
            }
            out[i] = (float) Math.min(1, Math.max(0, v));
        }
        return out;
    }

    /** Displacements in pixels at the grid's nodes: {@code [0]} along x, {@code [1]} along y, row-major. */
    private double[][] elasticField(Random random) {
        double[][] field = new double[2][grid * grid];
        for (int i = 0; i < grid * grid; i++) {
            field[0][i] = uniform(random, spec.elastic()) * width;
            field[1][i] = uniform(random, spec.elastic()) * height;
        }
        return field;
    }

    /** The kept window {x0, y0, x1, y1} (exclusive ends) of a partial contact. */
    private int[] window(Random random) {
        int w = (int) Math.round(width * (1 - random.nextDouble() * spec.crop()));
        int h = (int) Math.round(height * (1 - random.nextDouble() * spec.crop()));
        int x0 = (int) Math.floor(random.nextDouble() * (width - w + 1));
        int y0 = (int) Math.floor(random.nextDouble() * (height - h + 1));
        return new int[] {x0, y0, x0 + w, y0 + h};
    }

    private void crop(float[] image, int[] window) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (x < window[0] || y < window[1] || x >= window[2] || y >= window[3]) {
                    image[y * width + x] = background;
                }
            }
        }
    }

    /**
     * Output pixel (x, y) samples the source at the inverse rotation of (x + ex − cx − dx, y + ey − cy − dy) divided by
     * {@code zoom}, (ex, ey) the elastic displacement at (x, y) (zero without a field).
     */
    private float[] warp(float[] source, double angle, double dx, double dy, double[][] field, double zoom) {
        float[] out = new float[source.length];
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double lastX = Math.max(1, width - 1);
        double lastY = Math.max(1, height - 1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = x - cx - dx;
                double v = y - cy - dy;
                if (field != null) {
                    double gx = x * (grid - 1) / lastX;
                    double gy = y * (grid - 1) / lastY;
                    u += interpolate(field[0], grid, gx, gy);
                    v += interpolate(field[1], grid, gx, gy);
                }
                double sx = (cos * u + sin * v) / zoom + cx;
                double sy = (-sin * u + cos * v) / zoom + cy;
                out[y * width + x] = sample(source, sx, sy);
            }
        }
        return out;
    }

    /** Bilinear interpolation of a row-major {@code n × n} grid of values at grid coordinates (gx, gy). */
    private static double interpolate(double[] values, int n, double gx, double gy) {
        int x0 = Math.min(n - 2, (int) Math.floor(gx));
        int y0 = Math.min(n - 2, (int) Math.floor(gy));
        double fx = gx - x0;
        double fy = gy - y0;
        return (1 - fy) * ((1 - fx) * values[y0 * n + x0] + fx * values[y0 * n + x0 + 1])
                + fy * ((1 - fx) * values[(y0 + 1) * n + x0] + fx * values[(y0 + 1) * n + x0 + 1]);
    }

    private float sample(float[] source, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fy) * ((1 - fx) * at(source, x0, y0) + fx * at(source, x0 + 1, y0))
                + fy * ((1 - fx) * at(source, x0, y0 + 1) + fx * at(source, x0 + 1, y0 + 1)));
    }

    private float at(float[] source, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? background : source[y * width + x];
    }

    private static double uniform(Random random, double limit) {
        double u = random.nextDouble() * 2 - 1; // always drawn, so the stream does not depend on the limits
        return u * limit;
    }
}
