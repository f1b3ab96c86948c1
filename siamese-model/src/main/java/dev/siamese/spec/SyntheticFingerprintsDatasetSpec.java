package dev.siamese.spec;

/**
 * Realistic synthetic fingerprints after SFinGe (Cappelli, Maio, Maltoni): one master print per finger,
 * several impressions of each.
 *
 * @param fingers              number of fingers (identities)
 * @param impressionsPerFinger impressions written per finger
 * @param size                 edge of the square image in pixels
 * @param ridgePeriods         mean ridge period in pixels (about 9 at 500 dpi), drawn per finger from this range
 *                             (domain randomisation; a fixed value by default)
 * @param classMix             relative frequencies of the five fingerprint classes
 * @param variation            how impressions of one finger differ
 * @param rendering            how ridges and background are drawn, each drawn per impression from its range
 */
public record SyntheticFingerprintsDatasetSpec(int fingers, int impressionsPerFinger, int size, ValueRange ridgePeriods,
                                               ClassMix classMix, ImpressionVariation variation, Rendering rendering)
        implements DatasetSpec {
    public static final String TYPE = "synthetic-fingerprints";

    /** A fixed ridge period and the default rendering. */
    public SyntheticFingerprintsDatasetSpec(int fingers, int impressionsPerFinger, int size, double ridgePeriod,
                                            ClassMix classMix, ImpressionVariation variation) {
        this(fingers, impressionsPerFinger, size, ValueRange.fixed(ridgePeriod), classMix, variation, Rendering.DEFAULT);
    }

    /** The middle of the ridge-period range (the period itself when fixed). */
    public double ridgePeriod() {
        return ridgePeriods.mid();
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The resolution at which the middle ridge period is a real finger's (9 px at 500 dpi). */
    @Override
    public double resolution() {
        return FingerScale.dpi(ridgePeriod());
    }

    /** The default ridge period for an image size: 9 px at 500 dpi for a 400 px fingertip, never below 5. */
    public static double defaultRidgePeriod(int size) {
        return Math.max(5.0, 9.0 * size / 400.0);
    }

    /**
     * Relative class frequencies (normalised when used); default as in nature, about 4/3/34/32/28 %.
     */
    public record ClassMix(double arch, double tentedArch, double leftLoop, double rightLoop, double whorl) {
        public static final ClassMix NATURAL = new ClassMix(0.04, 0.03, 0.34, 0.32, 0.28);
    }

    /**
     * Per-impression variation, each strength from 0 (none) upwards.
     *
     * @param translation    largest shift in pixels per axis
     * @param rotationDegrees largest rotation in degrees
     * @param distortion     elastic skin distortion: 0 none, 1 strong (undistorted centre, rising towards the edge)
     * @param pressure       ridge thickening/thinning (dry or wet finger, pressure): 0 none, 1 strong
     * @param noise          background and sensor noise, standard deviation as a fraction of full scale
     * @param scratches      largest number of scratches (light lines) per impression
     * @param partialContact how much of the print may be missing at the border: 0 none, 1 up to half
     */
    public record ImpressionVariation(double translation, double rotationDegrees, double distortion, double pressure,
                                      double noise, int scratches, double partialContact) {
        public static ImpressionVariation defaults(int size) {
            return new ImpressionVariation(size / 16.0, 15, 0.5, 0.5, 0.1, 2, 0.3);
        }
    }

    /**
     * How a scanner renders ridges, drawn per impression (domain randomisation): the defaults are the
     * generator's fixed rendering, dark ridges on white.
     *
     * @param background     gray level of the paper/platen where the finger does not touch (255 white)
     * @param ridgeSharpness how steeply a ridge's gray profile rises: low soft and sinusoidal, high near binary
     * @param contrast       factor on the ridges' darkness (the generator's own per-impression contrast times this)
     * @param blur           Gaussian blur of the ridges, standard deviation in pixels (0: none)
     * @param dryness        how much of the ridges' ink is missing in blotches about a ridge period across, as a dry
     *                       finger leaves broken ridges and dots: 0 none, 1 most
     * @param unevenness     how much the ridges' darkness varies over the print in patches of a quarter of the image
     *                       (uneven pressure and moisture): 0 none, 1 down to nothing
     * @param creases        largest number of creases per impression: light bands a ridge period wide or less across
     *                       the print, as skin folds and scars leave
     */
    public record Rendering(ValueRange background, ValueRange ridgeSharpness, ValueRange contrast, ValueRange blur,
                            ValueRange dryness, ValueRange unevenness, ValueRange creases) {
        public static final Rendering DEFAULT = new Rendering(ValueRange.fixed(255), ValueRange.fixed(1.6),
                ValueRange.fixed(1), ValueRange.fixed(0));

        /** Without the sensor's texture (no dryness, unevenness or creases). */
        public Rendering(ValueRange background, ValueRange ridgeSharpness, ValueRange contrast, ValueRange blur) {
            this(background, ridgeSharpness, contrast, blur, ValueRange.fixed(0), ValueRange.fixed(0),
                    ValueRange.fixed(0));
        }

        /** Whether impressions get a texture (dryness, unevenness or creases). */
        public boolean textured() {
            return dryness.max() > 0 || unevenness.max() > 0 || creases.max() > 0;
        }
    }
}
