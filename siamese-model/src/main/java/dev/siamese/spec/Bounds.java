package dev.siamese.spec;

/** The allowed range of a number in a spec, and how to say it to a person. */
record Bounds(double min, boolean minInclusive, double max, boolean maxInclusive) {

    static Bounds closed(double min, double max) {
        return new Bounds(min, true, max, true);
    }

    static Bounds atLeast(double min) {
        return new Bounds(min, true, Double.POSITIVE_INFINITY, false);
    }

    static Bounds above(double min) {
        return new Bounds(min, false, Double.POSITIVE_INFINITY, false);
    }

    static Bounds aboveAtMost(double min, double max) {
        return new Bounds(min, false, max, true);
    }

    static Bounds openClosedBelow(double min, double max) {
        return new Bounds(min, true, max, false);
    }

    boolean contains(double v) {
        boolean lowOk = minInclusive ? v >= min : v > min;
        boolean highOk = maxInclusive ? v <= max : v < max;
        return lowOk && highOk;
    }

    String describe() {
        String low = (minInclusive ? ">= " : "> ") + fmt(min);
        if (Double.isInfinite(max)) {
            return low;
        }
        return low + " and " + (maxInclusive ? "<= " : "< ") + fmt(max);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
