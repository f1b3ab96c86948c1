package dev.siamese.eval;

/** Mean, population standard deviation, minimum and maximum of a set of distances; all null when empty. */
public record DistanceSummary(int count, Double mean, Double std, Double min, Double max) {

    static DistanceSummary of(double[] values) {
        if (values.length == 0) {
            return new DistanceSummary(0, null, null, null, null);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / values.length;
        double sq = 0;
        for (double v : values) {
            sq += (v - mean) * (v - mean);
        }
        return new DistanceSummary(values.length, mean, Math.sqrt(sq / values.length), min, max);
    }
}
