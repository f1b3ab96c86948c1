package dev.siamese.report;

import dev.siamese.OutputFiles;
import dev.siamese.sweep.Aggregate;
import dev.siamese.sweep.PointSummary;
import dev.siamese.sweep.SweepSummary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sweep's aggregates as a table (console, {@code sweep.md}) and a page with a chart per metric, each grid
 * point's mean with its 95 % interval as error bars ({@code sweep.html}).
 */
public final class SweepReport {
    /** The metrics shown: those of {@code siamese:compare}'s table. */
    public static final List<String> METRICS = ComparisonTable.DEFAULT_METRICS;

    private final SweepSummary summary;

    public SweepReport(SweepSummary summary) {
        this.summary = summary;
    }

    /** One row per grid point and metric: n, mean, std, min, max, interval. */
    public Table table() {
        List<List<String>> rows = new ArrayList<>();
        for (PointSummary p : summary.points()) {
            for (String metric : METRICS) {
                Aggregate a = p.metrics().get(metric);
                rows.add(List.of(p.point(), metric, Integer.toString(a.n()), Numbers.fixed(a.mean()),
                        Numbers.fixed(a.std()), Numbers.fixed(a.min()), Numbers.fixed(a.max()),
                        a.ciLow() == null ? "n/a" : "[" + Numbers.fixed(a.ciLow()) + ", " + Numbers.fixed(a.ciHigh()) + "]"));
            }
        }
        return new Table(List.of("point", "metric", "n", "mean", "std", "min", "max", "95% CI"), rows,
                List.of(false, false, true, true, true, true, true, true));
    }

    /** The table as log lines. */
    public List<String> lines() {
        return TextTable.render(table());
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Sweep of " + MarkdownTable.escape(summary.experiment()) + "\n\n");
        md.append(MarkdownTable.render(table())).append('\n').append(footnote()).append('\n');
        return md.toString();
    }

    public String html() {
        HtmlPage page = new HtmlPage("Siamese sweep of " + summary.experiment());
        page.h1("Sweep of " + summary.experiment());
        page.table(table());
        page.muted(footnote());
        page.h2("Means with 95 % intervals");
        List<String> points = summary.points().stream().map(PointSummary::point).toList();
        List<HtmlPage.Chart> charts = new ArrayList<>();
        for (String metric : METRICS) {
            List<Double> means = new ArrayList<>();
            List<Double> half = new ArrayList<>();
            for (PointSummary p : summary.points()) {
                Aggregate a = p.metrics().get(metric);
                means.add(a.mean());
                half.add(a.ciHigh() == null ? null : (a.ciHigh() - a.ciLow()) / 2);
            }
            charts.add(new HtmlPage.Chart(metric, Charts.meansWithErrorBars(metric, metric, points, means, half)));
        }
        page.charts(charts);
        page.h2("Grid points");
        List<List<String>> rows = new ArrayList<>();
        for (PointSummary p : summary.points()) {
            rows.add(List.of(p.point(), p.grid().isEmpty() ? "—" : String.join(", ",
                    p.grid().entrySet().stream().map(Map.Entry::toString).toList()),
                    p.seeds().toString(), p.failed().isEmpty() ? "" : p.failed().toString()));
        }
        page.table(new Table(List.of("point", "grid values", "seeds", "failed seeds"), rows, List.of(false, false, false, false)));
        return page.html();
    }

    private String footnote() {
        return "n: seeds with the metric defined. std: sample standard deviation. 95% CI: " + summary.interval() + ".";
    }

    /** Writes {@code sweep.md} and {@code sweep.html} into {@code directory}. */
    public void write(Path directory) {
        ReportFiles.write(directory.resolve(OutputFiles.SWEEP_MARKDOWN), markdown());
        ReportFiles.write(directory.resolve(OutputFiles.SWEEP_HTML), html());
    }
}
