package dev.siamese.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How metric values are written in tables and messages. */
final class Numbers {
    static final String MINUS = "\u2212";

    private Numbers() {
    }

    /** Fixed four decimals, for table columns that line up; {@code n/a} for undefined. */
    static String fixed(Double v) {
        if (v == null || v.isNaN()) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.4f", v).replace("-", MINUS);
    }

    /** Shortest form with up to four decimals ({@code 0.98}, {@code 0.0123}); tiny values in scientific form. */
    static String shortest(Double v) {
        if (v == null || v.isNaN()) {
            return "n/a";
        }
        if (v.isInfinite()) {
            return v > 0 ? "∞" : MINUS + "∞";
        }
        String s = v != 0 && Math.abs(v) < 0.001 ? String.format(Locale.ROOT, "%.3g", v)
                : new BigDecimal(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.replace("-", MINUS);
    }

    /** Six significant digits, as the logs write thresholds ({@code 3.26377}, {@code 0.5}). */
    static String significant(double v) {
        if (!Double.isFinite(v)) {
            return shortest(v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString().replace("-", MINUS);
    }

    /** A change with its sign always shown: {@code +0.02}, {@code −0.07}, {@code 0}. */
    static String signed(Double v) {
        if (v == null || v.isNaN()) {
            return "n/a";
        }
        String s = shortest(v);
        return v > 0 && !s.equals("0") ? "+" + s : s;
    }
}
