package dev.siamese.data.synthetic;

import java.util.Random;

/**
 * Smooth random values in [0, 1]: uniform draws at the nodes of a square lattice {@code spacing} pixels apart,
 * interpolated with smoothstep weights in between, over a {@code size × size} image.
 */
final class LatticeNoise {
    private final double spacing;
    private final int nodes;
    private final float[] values;

    LatticeNoise(int size, double spacing, Random random) {
        this.spacing = spacing;
        this.nodes = (int) Math.ceil(size / spacing) + 2;
        this.values = new float[nodes * nodes];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
    }

    double at(double x, double y) {
        double gx = x / spacing;
        double gy = y / spacing;
        int x0 = Math.max(0, Math.min(nodes - 2, (int) Math.floor(gx)));
        int y0 = Math.max(0, Math.min(nodes - 2, (int) Math.floor(gy)));
        double fx = smooth(gx - x0);
        double fy = smooth(gy - y0);
        double top = values[y0 * nodes + x0] * (1 - fx) + values[y0 * nodes + x0 + 1] * fx;
        double bottom = values[(y0 + 1) * nodes + x0] * (1 - fx) + values[(y0 + 1) * nodes + x0 + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static double smooth(double t) {
        double c = Math.max(0, Math.min(1, t));
        return c * c * (3 - 2 * c);
    }
}
