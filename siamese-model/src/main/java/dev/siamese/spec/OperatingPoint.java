package dev.siamese.spec;

import java.util.Locale;

/**
 * Where on the validation error curve a trained matcher's decision threshold is put ({@code
 * evaluation.operatingPoint}): at the equal error rate, or at the lowest false non-match rate whose false
 * match rate is at most a target (FMR 1/1000: {@code {"fmr": 0.001}}).
 *
 * @param targetFmr the largest false match rate allowed; null for the EER point
 */
public record OperatingPoint(Double targetFmr) {
    /** The EER point (the default). */
    public static final OperatingPoint EER = new OperatingPoint(null);

    public static OperatingPoint atFmr(double target) {
        return new OperatingPoint(target);
    }

    public boolean isEer() {
        return targetFmr == null;
    }

    /** As written in the spec and in {@code matcher.json}: {@code eer} or {@code fmr=0.001}. */
    public String describe() {
        return isEer() ? "eer" : String.format(Locale.ROOT, "fmr=%s", targetFmr);
    }
}
