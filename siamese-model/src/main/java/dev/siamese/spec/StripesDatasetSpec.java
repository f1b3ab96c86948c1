package dev.siamese.spec;

/**
 * The seed's toy data set: finger A with vertical, finger B with horizontal stripes.
 *
 * @param size           edge of the square image in pixels (seed: 160)
 * @param stripeWidth    stripe width in pixels (seed: 6)
 * @param scansPerFinger scans written per finger (seed: 15)
 * @param variation      per-scan variation; {@link ScanVariation#NONE} reproduces the seed
 */
public record StripesDatasetSpec(int size, int stripeWidth, int scansPerFinger, ScanVariation variation)
        implements DatasetSpec {
    public static final String TYPE = "stripes";

    @Override
    public String type() {
        return TYPE;
    }

    /** Stripes have no resolution. */
    @Override
    public double resolution() {
        return Double.NaN;
    }
}
