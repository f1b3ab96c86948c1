package dev.siamese.eval;

/**
 * Score-level fusion of two matchers' distances: each standardised by the mean and standard deviation of its
 * distances on the fitting pairs, combined by Fisher's linear discriminant {@code s = w₁·z₁ + w₂·z₂} with
 * {@code w = Σ⁻¹ (μ_impostor − μ_genuine)} (Σ the pooled within-class covariance of the standardised
 * distances), and mapped to a distance in (0, 1): {@code 1 / (1 + exp(−(s − c) / σ))}, where {@code c} lies
 * midway between the genuine and impostor means of {@code s} and {@code σ} is their pooled deviation, so 0.5
 * sits between the two classes of the fitting pairs. Fisher's direction stays finite when the fitting pairs
 * are perfectly separable, where a logistic fit would not.
 *
 * @param weightA the weight of matcher A's standardised distance (after dividing both by |wA| + |wB|)
 * @param weightB the weight of matcher B's standardised distance
 */
public record ScoreFusion(double meanA, double stdA, double meanB, double stdB, double weightA, double weightB,
                          double centre, double spread, int fittedPairs) {
    private static final double RIDGE = 1e-6;

    /** Fits on the same labelled pairs scored by both matchers (needs genuine and impostor pairs). */
    public static ScoreFusion fit(ScoredPairs a, ScoredPairs b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException(a.size() + " and " + b.size() + " scored pairs");
        }
        int n = a.size();
        double[] za = standardise(a.distances());
        double[] zb = standardise(b.distances());
        int[] labels = a.labels();
        double[] mg = new double[2];
        double[] mi = new double[2];
        int ng = 0;
        for (int i = 0; i < n; i++) {
            double[] m = labels[i] == 1 ? mg : mi;
            m[0] += za[i];
            m[1] += zb[i];
            ng += labels[i];
        }
        int ni = n - ng;
        if (ng == 0 || ni == 0) {
            throw new IllegalArgumentException("fusion needs genuine and impostor pairs to fit on, got " + ng
                    + " genuine and " + ni + " impostor");
        }
        for (int k = 0; k < 2; k++) {
            mg[k] /= ng;
            mi[k] /= ni;
        }
        double saa = 0, sab = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            double[] m = labels[i] == 1 ? mg : mi;
            double da = za[i] - m[0];
            double db = zb[i] - m[1];
            saa += da * da;
            sab += da * db;
            sbb += db * db;
        }
        saa = saa / n + RIDGE;
        sbb = sbb / n + RIDGE;
        sab /= n;
        double det = saa * sbb - sab * sab;
        double dA = mi[0] - mg[0];
        double dB = mi[1] - mg[1];
        double wA = (sbb * dA - sab * dB) / det;
        double wB = (-sab * dA + saa * dB) / det;
        double norm = Math.abs(wA) + Math.abs(wB);
        wA /= norm;
        wB /= norm;
        double genuine = wA * mg[0] + wB * mg[1];
        double impostor = wA * mi[0] + wB * mi[1];
        double variance = wA * wA * saa + 2 * wA * wB * sab + wB * wB * sbb;
        DistanceSummary sa = DistanceSummary.of(a.distances());
        DistanceSummary sb = DistanceSummary.of(b.distances());
        return new ScoreFusion(sa.mean(), nonZero(sa.std()), sb.mean(), nonZero(sb.std()), wA, wB,
                (genuine + impostor) / 2, Math.sqrt(variance), n);
    }

    /** The fused distance of one pair from A's and B's distances. */
    public double distance(double a, double b) {
        double s = weightA * (a - meanA) / stdA + weightB * (b - meanB) / stdB;
        return 1 / (1 + Math.exp(-(s - centre) / spread));
    }

    /** The fused distances of pairs scored by both. */
    public ScoredPairs apply(ScoredPairs a, ScoredPairs b) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = distance(a.distances()[i], b.distances()[i]);
        }
        return new ScoredPairs(d, a.labels());
    }

    private static double[] standardise(double[] v) {
        DistanceSummary summary = DistanceSummary.of(v);
        double std = nonZero(summary.std());
        double[] z = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            z[i] = (v[i] - summary.mean()) / std;
        }
        return z;
    }

    /** A constant score has deviation 0: keep it finite (its weight then goes to the other matcher). */
    private static double nonZero(double std) {
        return Math.max(std, 1e-12);
    }
}
