package dev.siamese.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Tick labels of a DET axis: the axis is in normal deviates (Φ⁻¹ of the rate), its labels are the error
 * rates there, in percent ({@code -2.33} reads {@code 1%}, {@code 0} reads {@code 50%}).
 */
final class ErrorRateAxis {
    /** The axis runs from Φ⁻¹(0.01 %) to Φ⁻¹(99.99 %); rates beyond are clamped to it. */
    static final double LOWEST_RATE = 1e-4;
    /** Beyond this the chart draws no tick; such values get a label of their own. */
    private static final double DRAWN = 4.5;

    private ErrorRateAxis() {
    }

    /** The deviate of a rate, clamped to the axis. */
    static double deviate(double rate) {
        return Probit.of(Math.min(Math.max(rate, LOWEST_RATE), 1 - LOWEST_RATE));
    }

    /**
     * The rate at a deviate, two significant digits (of the complement above 50 %: {@code 99.87%}). XChart widens
     * the tick step until every label of its ticks (some beyond the axis end) differs, so values beyond the
     * drawn range must never share a label.
     */
    static String label(double deviate) {
        if (Math.abs(deviate) > DRAWN) {
            return "(" + deviate + ")";
        }
        double rate = Probit.cdf(deviate);
        if (rate <= 0.5) {
            return percent(rate) + "%";
        }
        return new BigDecimal(100).subtract(new BigDecimal(percent(1 - rate))).stripTrailingZeros().toPlainString() + "%";
    }

    private static String percent(double rate) {
        return new BigDecimal(rate * 100).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
