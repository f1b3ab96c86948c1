package dev.siamese.spec;

import java.util.Random;

/**
 * A number a generator draws uniformly from {@code [min, max]}; {@code min == max} is a fixed value, drawn
 * as exactly that. In a spec: a number, or an array {@code [min, max]}.
 */
public record ValueRange(double min, double max) {
    public ValueRange {
        if (!(min <= max)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "]");
        }
    }

    public static ValueRange fixed(double value) {
        return new ValueRange(value, value);
    }

    public boolean isFixed() {
        return min == max;
    }

    public double mid() {
        return (min + max) / 2;
    }

    /** A value of the range; consumes one number of {@code random} whether fixed or not. */
    public double draw(Random random) {
        double u = random.nextDouble();
        return isFixed() ? min : min + (max - min) * u;
    }
}
