package dev.siamese.preprocess;

import dev.siamese.data.GrayImage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@link ScanStatistics} over a data set: per statistic the median and the 10th and 90th percentiles of its scans,
 * and a table that sets several data sets side by side, so that a generator's ranges can be chosen to cover what
 * sensors deliver.
 *
 * @param name  what the data set is called in the table
 * @param scans how many scans were measured
 * @param rows  one per statistic, in {@link #STATISTICS} order
 */
public record DatasetStatistics(String name, int scans, List<Summary> rows) {
    /** A statistic's name, unit and how to read it from a scan. */
    record Statistic(String label, String format, ToDoubleFunction<ScanStatistics> value) {
    }

    static final List<Statistic> STATISTICS = List.of(
            new Statistic("background gray level", "%.0f", ScanStatistics::background),
            new Statistic("print gray level, 5th percentile (ridges)", "%.0f", ScanStatistics::printLow),
            new Statistic("print gray level, median", "%.0f", ScanStatistics::printMedian),
            new Statistic("print gray level, 95th percentile (valleys)", "%.0f", ScanStatistics::printHigh),
            new Statistic("ridge period (mm)", "%.3f", ScanStatistics::ridgePeriod),
            new Statistic("ridge share of the print (ridge / (ridge + valley) width)", "%.2f", ScanStatistics::ridgeShare),
            new Statistic("orientation coherence (1: clean parallel ridges)", "%.2f", ScanStatistics::coherence),
            new Statistic("print area (mm²)", "%.0f", ScanStatistics::area),
            new Statistic("share of the scan covered by the print", "%.2f", ScanStatistics::coverage),
            new Statistic("print centre from scan centre, x (share of width)", "%+.2f", ScanStatistics::offsetX),
            new Statistic("print centre from scan centre, y (share of height)", "%+.2f", ScanStatistics::offsetY));

    /** Median and 10th–90th percentile range of one statistic (NaN where no scan had a value). */
    public record Summary(double median, double low, double high) {
    }

    /** The statistics of {@code scans}, all taken at {@code dpi}, measured in parallel. */
    public static DatasetStatistics of(String name, List<GrayImage> scans, double dpi) {
        List<ScanStatistics> each = scans.parallelStream().map(s -> ScanStatistics.of(s, dpi)).toList();
        List<Summary> rows = new ArrayList<>();
        for (Statistic s : STATISTICS) {
            double[] v = each.stream().mapToDouble(s.value()).filter(d -> !Double.isNaN(d)).sorted().toArray();
            rows.add(v.length == 0 ? new Summary(Double.NaN, Double.NaN, Double.NaN)
                    : new Summary(at(v, 0.5), at(v, 0.1), at(v, 0.9)));
        }
        return new DatasetStatistics(name, scans.size(), rows);
    }

    private static double at(double[] sorted, double p) {
        return sorted[(int) Math.floor(p * (sorted.length - 1))];
    }

    /** A Markdown table: one row per statistic, one column per data set, "median (p10 – p90)". */
    public static String table(List<DatasetStatistics> sets) {
        StringBuilder out = new StringBuilder("| statistic |");
        sets.forEach(s -> out.append(' ').append(s.name()).append(" (").append(s.scans()).append(" scans) |"));
        out.append("\n| --- |").append(" --- |".repeat(sets.size())).append('\n');
        for (int i = 0; i < STATISTICS.size(); i++) {
            Statistic st = STATISTICS.get(i);
            out.append("| ").append(st.label()).append(" |");
            for (DatasetStatistics s : sets) {
                Summary r = s.rows().get(i);
                out.append(' ').append(Double.isNaN(r.median()) ? "—" : format(st, r.median()) + " ("
                        + format(st, r.low()) + " – " + format(st, r.high()) + ")").append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String format(Statistic st, double v) {
        return String.format(Locale.ROOT, st.format(), v);
    }

    /** The rows as read by a test or a caller: the summary of the statistic labelled {@code label}. */
    public Summary row(String label) {
        for (int i = 0; i < STATISTICS.size(); i++) {
            if (STATISTICS.get(i).label().equals(label)) {
                return rows.get(i);
            }
        }
        throw new IllegalArgumentException("no statistic " + label + "; known: "
                + Arrays.toString(STATISTICS.stream().map(Statistic::label).toArray()));
    }
}
