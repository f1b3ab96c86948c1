package dev.siamese.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Tick labels of a DET axis: the axis is in normal deviates (Φ⁻¹ of the rate), its labels are the error
 * rates there, in percent ({@code -2.33} reads {@code 1%}, {@code 0} reads {@code 50%}).
 */
final class ErrorRateAxis {
    /** The axis runs from Φ⁻¹(0.05 %) to Φ⁻¹(99.95 %); rates beyond are clamped to it. */
    static final double LOWEST_RATE = 5e-4;
    /**
     * Where the axis has ticks: the error rates DET plots are read at (NIST's 0.1 % to 40 %), then a few above
     * 50 %, where the curves of matchers near chance run.
     */
    static final List<Double> TICK_RATES = List.of(0.001, 0.01, 0.02, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99, 0.999);
    /** Beyond this the chart draws no tick; such values get a label of their own. */
    private static final double DRAWN = 4.5;

    private ErrorRateAxis() {
    }

    /** The deviate of a rate, clamped to the axis. */
    static double deviate(double rate) {
        return Probit.of(Math.min(Math.max(rate, LOWEST_RATE), 1 - LOWEST_RATE));
    }

    /** The axis' ticks: at {@link #TICK_RATES}, labelled in percent without the sign (the axis title has it). */
    static List<AxisTicks.Tick> ticks() {
        return TICK_RATES.stream().map(r -> new AxisTicks.Tick(Probit.of(r), label(Probit.of(r)).replace("%", "")))
                .toList();
    }

    /** The axis' ends, in deviates. */
    static double[] range() {
        return new double[]{deviate(0), deviate(1)};
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
