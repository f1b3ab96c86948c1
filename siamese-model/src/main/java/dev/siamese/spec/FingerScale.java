package dev.siamese.spec;

/**
 * The one fact that ties pixels to fingers: adjacent ridges lie about 0.46 mm apart, 9 pixels at 500 dpi.
 */
public final class FingerScale {
    /** A ridge period in pixels at 500 dpi. */
    public static final double RIDGE_PERIOD_AT_500_DPI = 9.0;

    private FingerScale() {
    }

    /** The ridge period in pixels at {@code dpi}. */
    public static double ridgePeriod(double dpi) {
        return RIDGE_PERIOD_AT_500_DPI * dpi / 500;
    }

    /** The resolution at which a ridge period is {@code period} pixels. */
    public static double dpi(double period) {
        return 500 * period / RIDGE_PERIOD_AT_500_DPI;
    }
}
