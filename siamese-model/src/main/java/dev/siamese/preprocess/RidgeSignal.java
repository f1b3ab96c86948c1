package dev.siamese.preprocess;

/**
 * A scan split into its ridge pattern and the local strength of that pattern. The band-pass signal is the image
 * smoothed a little (pixel noise gone) minus the image smoothed over a ridge period (illumination, background
 * and the dark mass of the print gone): positive in valleys, negative on ridges. Its local RMS amplitude is high
 * where ridges are and low on an empty platen, which is what segmentation looks at; divided by it, the signal has
 * the same contrast on a faint print as on a dark one.
 *
 * @param band      the band-passed image
 * @param amplitude local RMS of {@code band}
 * @param period    the ridge period in pixels the filters were sized for
 */
public record RidgeSignal(FloatImage band, FloatImage amplitude, double period) {
    /** Fine smoothing, in ridge periods. */
    static final double FINE = 0.2;
    /** Background smoothing, in ridge periods. */
    static final double COARSE = 1.0;
    /** Window of the amplitude, in ridge periods. */
    static final double ENERGY = 1.5;

    public static RidgeSignal of(FloatImage image, double period) {
        int w = image.width();
        int h = image.height();
        float[] fine = image.values().clone();
        Blur.gaussian(fine, w, h, FINE * period);
        float[] coarse = image.values().clone();
        Blur.fast(coarse, w, h, COARSE * period);
        float[] band = new float[fine.length];
        float[] energy = new float[fine.length];
        for (int i = 0; i < band.length; i++) {
            band[i] = fine[i] - coarse[i];
            energy[i] = band[i] * band[i];
        }
        Blur.fast(energy, w, h, ENERGY * period);
        for (int i = 0; i < energy.length; i++) {
            energy[i] = (float) Math.sqrt(Math.max(0, energy[i]));
        }
        return new RidgeSignal(new FloatImage(w, h, band), new FloatImage(w, h, energy), period);
    }
}
