package dev.siamese.train;

import dev.siamese.spec.AugmentationSpec;

import java.util.Random;

/**
 * Applies {@link AugmentationSpec}'s random changes to one image of unit floats (0 black, 1 white): a
 * rotation about the centre and a translation (bilinear, areas moved in from outside are white, as the
 * background of a scan), then contrast about mid-gray, gamma, and Gaussian noise, clamped to [0, 1]. Every
 * draw comes from the given generator in a fixed order, so the same generator state gives the same image.
 */
final class Augmenter {
    private static final float BACKGROUND = 1f;
    private final AugmentationSpec spec;
    private final int height;
    private final int width;

    Augmenter(AugmentationSpec spec, int height, int width) {
        this.spec = spec;
        this.height = height;
        this.width = width;
    }

    float[] apply(float[] source, Random random) {
        double angle = Math.toRadians(uniform(random, spec.rotationDegrees()));
        double dx = uniform(random, spec.translation()) * width;
        double dy = uniform(random, spec.translation()) * height;
        double contrast = 1 + uniform(random, spec.contrast());
        double gamma = Math.exp(uniform(random, Math.log1p(spec.gamma())));
        float[] out = angle == 0 && dx == 0 && dy == 0 ? source.clone() : warp(source, angle, dx, dy);
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

    /** Output pixel (x, y) samples the source at the inverse rotation of (x − cx − dx, y − cy − dy). */
    private float[] warp(float[] source, double angle, double dx, double dy) {
        float[] out = new float[source.length];
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = x - cx - dx;
                double v = y - cy - dy;
                double sx = cos * u + sin * v + cx;
                double sy = -sin * u + cos * v + cy;
                out[y * width + x] = sample(source, sx, sy);
            }
        }
        return out;
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
        return x < 0 || y < 0 || x >= width || y >= height ? BACKGROUND : source[y * width + x];
    }

    private static double uniform(Random random, double limit) {
        double u = random.nextDouble() * 2 - 1; // always drawn, so the stream does not depend on the limits
        return u * limit;
    }
}
