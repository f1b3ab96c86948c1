package dev.siamese.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a chart's value axis is drawn: logarithmic when the positive values span at least two decades (a
 * loss spike of 3,800 over a 0.27 plateau, a loss falling to 1e-7), else linear; and a tick-label pattern
 * that tells ticks apart at the values' size (0.###  prints every tick of a 7e-8 loss as 0).
 *
 * @param logarithmic whether the axis is logarithmic
 * @param pattern     the {@link DecimalFormat} pattern of its tick labels
 */
record AxisScale(boolean logarithmic, String pattern) {
    static final double DECADES_FOR_LOG = 2;
    static final AxisScale LINEAR = new AxisScale(false, "0.###");

    /** The scale for these values (non-finite ones ignored). */
    static AxisScale of(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double largest = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                largest = Math.max(largest, Math.abs(v));
            }
        }
        if (min > 0 && Math.log10(max / min) >= DECADES_FOR_LOG) {
            return new AxisScale(true, min < 1e-3 || max >= 1e4 ? "0E0" : "0.###");
        }
        return largest > 0 && largest < 1e-2 ? new AxisScale(false, "0.0##E0") : LINEAR;
    }

    /** A tick value as the chart writes it. */
    String format(double value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
