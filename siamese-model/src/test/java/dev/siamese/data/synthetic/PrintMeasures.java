package dev.siamese.data.synthetic;

import dev.siamese.data.GaborBank;

import dev.siamese.data.GrayImage;

/** Measurements taken from generated images, independent of how they were generated. */
final class PrintMeasures {
    private PrintMeasures() {
    }

    /**
     * The dominant ridge period in the size × size window centred at (cx, cy): the radius of the strongest
     * ring of the window's Hann-windowed power spectrum, refined by the energy centroid of the neighbouring rings.
     */
    static double period(GrayImage img, int cx, int cy, int size) {
        double[] w = new double[size * size];
        double mean = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                mean += img.get(cx - size / 2 + x, cy - size / 2 + y);
            }
        }
        mean /= w.length;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double hann = (0.5 - 0.5 * Math.cos(2 * Math.PI * (x + 0.5) / size))
                        * (0.5 - 0.5 * Math.cos(2 * Math.PI * (y + 0.5) / size));
                w[y * size + x] = (img.get(cx - size / 2 + x, cy - size / 2 + y) - mean) * hann;
            }
        }
        int maxF = size / 2;
        double[] ring = new double[maxF + 2];
        // DFT for frequencies (u, v) with v >= 0: rows first, then columns.
        double[][] re = new double[size][size];
        double[][] im = new double[size][size];
        for (int y = 0; y < size; y++) {
            for (int u = 0; u < size; u++) {
                double sr = 0;
                double si = 0;
                for (int x = 0; x < size; x++) {
                    double a = -2 * Math.PI * u * x / size;
                    sr += w[y * size + x] * Math.cos(a);
                    si += w[y * size + x] * Math.sin(a);
                }
                re[y][u] = sr;
                im[y][u] = si;
            }
        }
        for (int u = 0; u < size; u++) {
            for (int v = 0; v <= maxF; v++) {
                double sr = 0;
                double si = 0;
                for (int y = 0; y < size; y++) {
                    double a = -2 * Math.PI * v * y / size;
                    double c = Math.cos(a);
                    double s = Math.sin(a);
                    sr += re[y][u] * c - im[y][u] * s;
                    si += re[y][u] * s + im[y][u] * c;
                }
                int uu = u <= size / 2 ? u : u - size;
                double r = Math.sqrt(uu * uu + v * v);
                int bin = (int) Math.round(r);
                if (bin <= maxF && bin >= 2) {
                    ring[bin] += sr * sr + si * si;
                }
            }
        }
        int peak = 2;
        for (int b = 2; b <= maxF; b++) {
            if (ring[b] > ring[peak]) {
                peak = b;
            }
        }
        double num = 0;
        double den = 0;
        for (int b = Math.max(2, peak - 1); b <= Math.min(maxF, peak + 1); b++) {
            num += b * ring[b];
            den += ring[b];
        }
        return size / (num / den);
    }

    /**
     * Ridge orientation at (x, y) from the image's structure tensor (central-difference gradients summed with a
     * Gaussian of {@code sigma} pixels): perpendicular to the dominant gradient, in [0, π).
     */
    static double orientation(GrayImage img, int x, int y, double sigma) {
        int r = (int) Math.ceil(2.5 * sigma);
        double gxx = 0;
        double gyy = 0;
        double gxy = 0;
        for (int v = -r; v <= r; v++) {
            for (int u = -r; u <= r; u++) {
                int px = x + u;
                int py = y + v;
                if (px < 1 || py < 1 || px >= img.width() - 1 || py >= img.height() - 1) {
                    continue;
                }
                double g = Math.exp(-(u * u + v * v) / (2 * sigma * sigma));
                double dx = (img.get(px + 1, py) - img.get(px - 1, py)) / 2.0;
                double dy = (img.get(px, py + 1) - img.get(px, py - 1)) / 2.0;
                gxx += g * dx * dx;
                gyy += g * dy * dy;
                gxy += g * dx * dy;
            }
        }
        double gradient = 0.5 * Math.atan2(2 * gxy, gxx - gyy);
        return GaborBank.wrap(gradient + Math.PI / 2);
    }

    /** The smaller angle between two orientations (mod π), in [0, π/2]. */
    static double angleBetween(double a, double b) {
        double d = Math.abs(GaborBank.wrap(a) - GaborBank.wrap(b));
        return Math.min(d, Math.PI - d);
    }

    /** Pearson correlation of two equally sized images' pixels. */
    static double correlation(GrayImage a, GrayImage b) {
        int n = a.pixels().length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a.pixels()[i] & 0xff;
            mb += b.pixels()[i] & 0xff;
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = (a.pixels()[i] & 0xff) - ma;
            double db = (b.pixels()[i] & 0xff) - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
