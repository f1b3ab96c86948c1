package dev.siamese.data;

/**
 * Precomputed even-symmetric Gabor kernels for quantized ridge orientations and periods, all of one square
 * size. Each kernel is zero-mean and answers 1 to a sinusoid of its own orientation and period, so filtering a
 * fully grown ridge pattern keeps its amplitude. The generator grows ridges with them; preprocessing enhances
 * scanned ridges with them.
 */
public final class GaborBank {
    /** Orientations in [0, π): a step of 7.5°. */
    static final int ORIENTATIONS = 24;
    /** Period levels each side of the mean. */
    static final int LEVELS_EACH_SIDE = 2;
    /** Gaussian spread across and along the ridges, in periods. */
    private static final double SIGMA_ACROSS = 0.45;
    private static final double SIGMA_ALONG = 0.55;

    public final int radius;
    public final int diameter;
    /** Row-major {@code diameter × diameter} kernels, by {@link #indexFor}. */
    public final float[][] kernels;
    private final double mean;
    private final double variation;

    public GaborBank(double meanPeriod, double variation) {
        this.mean = meanPeriod;
        this.variation = variation;
        int levels = 2 * LEVELS_EACH_SIDE + 1;
        double maxPeriod = meanPeriod * (1 + variation);
        radius = (int) Math.ceil(2.2 * SIGMA_ALONG * maxPeriod);
        diameter = 2 * radius + 1;
        kernels = new float[ORIENTATIONS * levels][];
        for (int o = 0; o < ORIENTATIONS; o++) {
            for (int l = 0; l < levels; l++) {
                kernels[index(o, l)] = kernel(Math.PI * o / ORIENTATIONS, periodOfLevel(l));
            }
        }
    }

    private double periodOfLevel(int level) {
        return mean * (1 + variation * (level - LEVELS_EACH_SIDE) / LEVELS_EACH_SIDE);
    }

    /** The kernel index for a ridge orientation (radians) and period (pixels). */
    public int indexFor(double theta, double period) {
        int o = (int) Math.round(wrap(theta) / Math.PI * ORIENTATIONS) % ORIENTATIONS;
        int l = variation == 0 ? 0 : (int) Math.round((period / mean - 1) / variation * LEVELS_EACH_SIDE);
        l = Math.max(-LEVELS_EACH_SIDE, Math.min(LEVELS_EACH_SIDE, l)) + LEVELS_EACH_SIDE;
        return index(o, l);
    }

    /** An angle folded into [0, π): ridge orientations have no direction. */
    public static double wrap(double theta) {
        double t = theta % Math.PI;
        return t < 0 ? t + Math.PI : t;
    }

    private static int index(int orientation, int level) {
        return orientation * (2 * LEVELS_EACH_SIDE + 1) + level;
    }

    private float[] kernel(double theta, double period) {
        // Ridge direction t = (cos, sin); normal n = (-sin, cos).
        double tx = Math.cos(theta);
        double ty = Math.sin(theta);
        double sa = SIGMA_ACROSS * period;
        double sl = SIGMA_ALONG * period;
        double[] g = new double[diameter * diameter];
        double[] wave = new double[g.length];
        double gSum = 0;
        double gWave = 0;
        for (int v = -radius; v <= radius; v++) {
            for (int u = -radius; u <= radius; u++) {
                double along = u * tx + v * ty;
                double across = -u * ty + v * tx;
                int i = (v + radius) * diameter + u + radius;
                g[i] = Math.exp(-across * across / (2 * sa * sa) - along * along / (2 * sl * sl));
                wave[i] = Math.cos(2 * Math.PI * across / period);
                gSum += g[i];
                gWave += g[i] * wave[i];
            }
        }
        double dc = gWave / gSum;
        double response = 0;
        double[] k = new double[g.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = g[i] * (wave[i] - dc);
            response += k[i] * wave[i];
        }
        float[] out = new float[k.length];
        for (int i = 0; i < k.length; i++) {
            out[i] = (float) (k[i] / response);
        }
        return out;
    }
}
