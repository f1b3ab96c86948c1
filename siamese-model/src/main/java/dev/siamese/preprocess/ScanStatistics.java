package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;
import dev.siamese.spec.FingerScale;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

import java.util.Arrays;

/**
 * What a scan looks like, in the units of a finger rather than of its sensor, so that scans of different sensors and
 * synthetic prints can be compared: gray levels of background and print, the ridge period and the share of the
 * print that is ridge, and where and how large the print is. The scan is measured at 500 dpi (rescaled from its
 * own resolution), the print found as {@link ForegroundMask} finds it.
 *
 * @param background      median gray level outside the print (NaN when the print fills the scan)
 * @param printLow        5th percentile of the gray levels on the print (ridges)
 * @param printMedian     their median
 * @param printHigh       their 95th percentile (valleys)
 * @param ridgePeriod     the dominant ridge period in millimetres, from the power spectrum of the print's centre
 * @param ridgeShare      the share of the print darker than its local mean: ridge width over ridge plus valley
 * @param coherence       mean orientation coherence on the print (structure tensor over a ridge period): near 1 for
 *                        clean parallel ridges, lower where ridges break, merge or drown in noise
 * @param area            the print's area in square millimetres
 * @param coverage        the share of the scan the print covers
 * @param offsetX         the print's centre from the scan's centre, as a share of the scan's width
 * @param offsetY         likewise of its height
 */
public record ScanStatistics(double background, double printLow, double printMedian, double printHigh,
                             double ridgePeriod, double ridgeShare, double coherence, double area, double coverage,
                             double offsetX, double offsetY) {
    /** The resolution scans are measured at. */
    static final double DPI = 500;
    /** Edge of the window whose spectrum gives the ridge period, at {@value #DPI} dpi (6.5 mm, some 14 ridges). */
    static final int WINDOW = 128;

    /** The statistics of {@code scan}, taken at {@code dpi}. */
    public static ScanStatistics of(GrayImage scan, double dpi) {
        FloatImage image = Rescaling.scale(FloatImage.of(scan), DPI / dpi);
        RidgeSignal signal = RidgeSignal.of(image, FingerScale.ridgePeriod(DPI));
        ForegroundMask mask = ForegroundMask.of(signal);
        int w = image.width();
        int h = image.height();
        int inside = 0;
        int ridge = 0;
        float[] print = new float[w * h];
        float[] outside = new float[w * h];
        int outsideCount = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = image.get(x, y);
                if (mask.contains(x, y)) {
                    print[inside++] = v;
                    ridge += signal.band().get(x, y) < 0 ? 1 : 0;
                } else {
                    outside[outsideCount++] = v;
                }
            }
        }
        double mm = 25.4 / DPI;
        double[] centre = mask.centroid();
        if (centre == null) {
            return new ScanStatistics(percentile(outside, outsideCount, 0.5), Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN);
        }
        return new ScanStatistics(outsideCount == 0 ? Double.NaN : percentile(outside, outsideCount, 0.5),
                percentile(print, inside, 0.05), percentile(print, inside, 0.5), percentile(print, inside, 0.95),
                period(signal.band(), centre) * mm, (double) ridge / inside, coherence(signal, mask), inside * mm * mm,
                (double) inside / (w * h),
                centre[0] / w - 0.5, centre[1] / h - 0.5);
    }

    /** Mean coherence of the band signal's structure tensor, averaged over a ridge period, on the print. */
    static double coherence(RidgeSignal signal, ForegroundMask mask) {
        FloatImage b = signal.band();
        int w = b.width();
        int h = b.height();
        float[] xx = new float[w * h];
        float[] yy = new float[w * h];
        float[] xy = new float[w * h];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                float gx = (b.get(x + 1, y) - b.get(x - 1, y)) / 2;
                float gy = (b.get(x, y + 1) - b.get(x, y - 1)) / 2;
                int i = y * w + x;
                xx[i] = gx * gx;
                yy[i] = gy * gy;
                xy[i] = gx * gy;
            }
        }
        for (float[] t : new float[][] {xx, yy, xy}) {
            Blur.gaussian(t, w, h, signal.period());
        }
        double sum = 0;
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double trace = xx[i] + yy[i];
                if (mask.contains(x, y) && trace > 0) {
                    sum += Math.sqrt((xx[i] - yy[i]) * (xx[i] - yy[i]) + 4 * xy[i] * xy[i]) / trace;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The period in pixels of the strongest ring of the band-passed window's power spectrum (Hann-windowed). */
    static double period(FloatImage band, double[] centre) {
        int n = WINDOW;
        int x0 = (int) Math.round(centre[0] - n / 2.0);
        int y0 = (int) Math.round(centre[1] - n / 2.0);
        Complex[][] rows = new Complex[n][n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int sx = x0 + x;
                int sy = y0 + y;
                double v = sx < 0 || sy < 0 || sx >= band.width() || sy >= band.height() ? 0 : band.get(sx, sy);
                double hann = Math.sin(Math.PI * (x + 0.5) / n) * Math.sin(Math.PI * (y + 0.5) / n);
                rows[y][x] = new Complex(v * hann * hann, 0);
            }
        }
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        for (int y = 0; y < n; y++) {
            rows[y] = fft.transform(rows[y], TransformType.FORWARD);
        }
        double[] ring = new double[n / 2];
        for (int x = 0; x < n; x++) {
            Complex[] column = new Complex[n];
            for (int y = 0; y < n; y++) {
                column[y] = rows[y][x];
            }
            column = fft.transform(column, TransformType.FORWARD);
            for (int y = 0; y < n; y++) {
                int fx = x <= n / 2 ? x : x - n;
                int fy = y <= n / 2 ? y : y - n;
                double r = Math.sqrt(fx * fx + fy * fy);
                int bin = (int) Math.round(r);
                if (bin > 0 && bin < ring.length) {
                    double a = column[y].abs();
                    ring[bin] += a * a;
                }
            }
        }
        int best = 1;
        for (int r = 2; r < ring.length; r++) {
            if (ring[r] > ring[best]) {
                best = r;
            }
        }
        double refined = best;
        if (best > 1 && best < ring.length - 1) { // parabola through the peak and its neighbours
            double a = ring[best - 1];
            double b = ring[best];
            double c = ring[best + 1];
            double denominator = a - 2 * b + c;
            refined = denominator == 0 ? best : best + 0.5 * (a - c) / denominator;
        }
        return n / refined;
    }

    private static double percentile(float[] values, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        float[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(p * (count - 1))];
    }
}
