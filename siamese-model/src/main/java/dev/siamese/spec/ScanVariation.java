package dev.siamese.spec;

/**
 * How much one scan of a finger differs from the next, as real scans do.
 *
 * @param maxShift           largest translation in pixels, drawn uniformly per axis from [-maxShift, maxShift]
 * @param maxRotationDegrees largest rotation, drawn uniformly from [-max, max]
 * @param noise              standard deviation of additive Gaussian noise, as a fraction of full scale (0..1)
 */
public record ScanVariation(int maxShift, double maxRotationDegrees, double noise) {
    public static final ScanVariation NONE = new ScanVariation(0, 0, 0);

    public boolean isNone() {
        return maxShift == 0 && maxRotationDegrees == 0 && noise == 0;
    }
}
