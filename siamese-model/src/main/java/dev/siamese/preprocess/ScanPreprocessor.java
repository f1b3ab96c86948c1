package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;
import dev.siamese.spec.FingerScale;
import dev.siamese.spec.InputSpec;

/**
 * Turns a scan as a sensor delivers it into what a network sees ({@link InputSpec}): rescaled from the scan's
 * resolution to the network's, the print found ({@link ForegroundMask}) and centred in the input window, its gray
 * levels normalised. The same scan and settings always give the same pixels.
 */
public final class ScanPreprocessor {
    /** Output gray levels per unit of normalised ridge signal (its RMS is 1 on a print). */
    static final double CONTRAST = 0.3 * 255;
    /** Mid-gray: the input where there is no print after ridge normalisation. */
    public static final float NEUTRAL = 127.5f;
    /** White: the input beyond the scan without normalisation. */
    public static final float WHITE = 255;
    /** The amplitude below which the signal is not amplified, as a share of the print's strongest amplitude. */
    static final double AMPLITUDE_FLOOR = 0.15;
    /** Enhanced ridges are clipped at this many units of the normalised signal (a clean ridge gives about 1.4). */
    static final double ENHANCED_CLIP = 1.6;

    private ScanPreprocessor() {
    }

    /** The gray level (0–1) of the input where no print is, as an augmentation fills moved-in areas. */
    public static float background(InputSpec input) {
        return (input.normalisation() == InputSpec.Normalisation.RIDGES ? NEUTRAL : WHITE) / 255f;
    }

    /** {@code scan}, taken at {@code scanDpi}, as the network of {@code input} sees it. */
    public static GrayImage apply(GrayImage scan, double scanDpi, InputSpec input) {
        FloatImage image = Rescaling.scale(FloatImage.of(scan), input.dpi() / scanDpi);
        RidgeSignal signal = RidgeSignal.of(image, FingerScale.ridgePeriod(input.dpi()));
        ForegroundMask mask = ForegroundMask.of(signal);
        double[] centre = mask.centroid();
        if (centre == null) {
            centre = new double[]{image.width() / 2.0, image.height() / 2.0};
        }
        if (input.normalisation() == InputSpec.Normalisation.RIDGES) {
            return crop(normalisedRidges(signal, mask), centre, input.width(), input.height(), NEUTRAL).toGray();
        }
        if (input.normalisation() == InputSpec.Normalisation.ENHANCED) {
            return crop(enhancedRidges(signal, mask), centre, input.width(), input.height(), NEUTRAL).toGray();
        }
        return crop(image, centre, input.width(), input.height(), WHITE).toGray();
    }

    /** The ridge signal normalised, enhanced along its orientation, scaled and faded out beyond the print. */
    private static FloatImage enhancedRidges(RidgeSignal signal, ForegroundMask mask) {
        int w = signal.band().width();
        int h = signal.band().height();
        float[] weight = mask.softWeights(w, h, signal.period());
        FloatImage z = RidgeEnhancement.of(ridgeSignal(signal, mask), signal.period(), weight);
        double sq = 0;
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (mask.contains(x, y)) {
                    sq += z.get(x, y) * z.get(x, y);
                    n++;
                }
            }
        }
        double rms = n == 0 ? 1 : Math.max(1e-6, Math.sqrt(sq / n)); // to the ridge signal's scale: RMS 1 on the print
        float[] out = new float[w * h];
        for (int i = 0; i < out.length; i++) {
            double v = Math.max(-ENHANCED_CLIP, Math.min(ENHANCED_CLIP, z.values()[i] / rms));
            out[i] = (float) (NEUTRAL + CONTRAST * v * weight[i]);
        }
        return new FloatImage(w, h, out);
    }

    /** The band signal divided by its local amplitude (its RMS about 1 on a print), not yet faded or scaled. */
    private static FloatImage ridgeSignal(RidgeSignal signal, ForegroundMask mask) {
        int w = signal.band().width();
        int h = signal.band().height();
        float[] amp = signal.amplitude().values();
        double floor = amplitudeFloor(signal, mask);
        float[] band = signal.band().values();
        float[] out = new float[band.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (band[i] / Math.max(amp[i], floor));
        }
        return new FloatImage(w, h, out);
    }

    /** No amplitude below this share of the print's strongest is amplified: an empty platen stays flat. */
    private static double amplitudeFloor(RidgeSignal signal, ForegroundMask mask) {
        int w = signal.band().width();
        int h = signal.band().height();
        float[] amp = signal.amplitude().values();
        double strongest = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (mask.contains(x, y)) {
                    strongest = Math.max(strongest, amp[y * w + x]);
                }
            }
        }
        return Math.max(1e-3, AMPLITUDE_FLOOR * strongest);
    }

    private static FloatImage normalisedRidges(RidgeSignal signal, ForegroundMask mask) {
        int w = signal.band().width();
        int h = signal.band().height();
        float[] weight = mask.softWeights(w, h, signal.period());
        float[] z = ridgeSignal(signal, mask).values();
        float[] out = new float[z.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (NEUTRAL + CONTRAST * z[i] * weight[i]);
        }
        return new FloatImage(w, h, out);
    }

    /** The {@code width × height} window centred on {@code centre}; outside the image, {@code fill}. */
    static FloatImage crop(FloatImage image, double[] centre, int width, int height, float fill) {
        int x0 = (int) Math.round(centre[0] - width / 2.0);
        int y0 = (int) Math.round(centre[1] - height / 2.0);
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sx = x0 + x;
                int sy = y0 + y;
                out[y * width + x] = sx < 0 || sy < 0 || sx >= image.width() || sy >= image.height()
                        ? fill : image.get(sx, sy);
            }
        }
        return new FloatImage(width, height, out);
    }
}
