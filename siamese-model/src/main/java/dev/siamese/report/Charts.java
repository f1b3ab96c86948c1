package dev.siamese.report;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Charts of the reports, drawn by XChart and encoded as PNG data URIs to embed in a page. Every chart of a
 * page colours its series from the page's {@link Palette}, so a series keeps its colour from chart to chart.
 */
public final class Charts {
    static final int WIDTH = 560;
    static final int HEIGHT = 360;
    /** ROC and DET charts are near square: their axes are alike, and a DET axis' ticks need the room. */
    static final int ERROR_CURVE_HEIGHT = 460;
    /** Pixels between x tick labels: epoch numbers of 100 epochs do not run together. */
    private static final int X_TICK_SPACING = 70;
    /** Lines of at most this many points show a marker at each. */
    private static final int MARKERS_UP_TO = 30;
    /** Where a legend row must end, in pixels: short of the chart's right edge. */
    private static final int LEGEND_ROW_WIDTH = WIDTH - 40;

    private Charts() {
    }

    /** Lines per epoch; the value axis logarithmic when the values span decades (see {@link AxisScale}). */
    static Optional<byte[]> perEpoch(Palette palette, String title, String yTitle, List<Series> series) {
        return perEpoch(palette, title, yTitle, series, AxisScale.of(allY(series)), Optional.empty());
    }

    /**
     * Lines per epoch on a given value axis; points a logarithmic axis cannot show (zero or negative) are left
     * out. {@code yRange}: fixed ends of the value axis (a share from 0 to 1), or empty to fit the data.
     */
    static Optional<byte[]> perEpoch(Palette palette, String title, String yTitle, List<Series> series, AxisScale scale,
                                     Optional<double[]> yRange) {
        return perEpochChart(palette, title, yTitle, series, scale, yRange).map(Charts::png);
    }

    static Optional<XYChart> perEpochChart(Palette palette, String title, String yTitle, List<Series> series,
                                           AxisScale scale, Optional<double[]> yRange) {
        List<Series> drawn = scale.logarithmic() ? series.stream().map(Series::positive).toList() : series;
        if (drawn.stream().allMatch(Series::isEmpty)) {
            return Optional.empty();
        }
        XYChart chart = chart(title, "epoch", yTitle + (scale.logarithmic() ? " (log scale)" : ""));
        chart.getStyler().setXAxisDecimalPattern("0"); // epochs are whole numbers
        // XChart puts a tick on every k-th point of equally spaced x values, as close as the labels' ink allows
        // (epoch numbers then run together); an axis end off that grid makes it space ticks by the hint instead.
        double lastEpoch = series.stream().flatMapToDouble(s -> Arrays.stream(s.x())).max().orElse(1);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(lastEpoch + 0.5);
        chart.getStyler().setXAxisTickMarkSpacingHint(X_TICK_SPACING);
        boolean markers = series.stream().mapToInt(s -> s.x().length).max().orElse(0) <= MARKERS_UP_TO;
        legend(chart, names(null, drawn.stream().filter(c -> !c.isEmpty()).toList()));
        chart.getStyler().setYAxisLogarithmic(scale.logarithmic());
        chart.getStyler().setYAxisDecimalPattern(scale.pattern());
        yRange.ifPresent(r -> {
            chart.getStyler().setYAxisMin(r[0]);
            chart.getStyler().setYAxisMax(r[1]);
        });
        for (Series s : drawn) {
            if (!s.isEmpty()) {
                style(chart.addSeries(s.name(), s.x(), s.y()), palette.look(s.name()), markers);
            }
        }
        return Optional.of(chart);
    }

    /** ROC ticks: every 0.2 on both axes. */
    private static final AxisTicks ROC_TICKS = new AxisTicks(rocTicks(), rocTicks());

    private static List<AxisTicks.Tick> rocTicks() {
        return IntStream.rangeClosed(0, 5).mapToObj(i -> new AxisTicks.Tick(i / 5.0, AxisScale.LINEAR.format(i / 5.0)))
                .toList();
    }

    /** ROC curves with the chance diagonal, both axes [0, 1]. */
    static Optional<byte[]> roc(Palette palette, String title, List<Series> curves) {
        return rocChart(palette, title, curves).map(Charts::png);
    }

    static Optional<XYChart> rocChart(Palette palette, String title, List<Series> curves) {
        if (curves.stream().allMatch(Series::isEmpty)) {
            return Optional.empty();
        }
        XYChart chart = chart(title, "false match rate", "true match rate", ERROR_CURVE_HEIGHT);
        ROC_TICKS.applyTo(chart, new double[]{0, 1}, new double[]{0, 1});
        XYSeries chance = chart.addSeries("chance", new double[]{0, 1}, new double[]{0, 1});
        chance.setMarker(SeriesMarkers.NONE);
        chance.setLineColor(Color.GRAY);
        chance.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f, 4f}, 0f));
        List<Series> drawn = curves.stream().filter(s -> !s.isEmpty()).toList();
        legend(chart, names("chance", drawn));
        for (Series s : drawn) {
            style(chart.addSeries(s.name(), s.x(), s.y()), palette.look(s.name()), false);
        }
        return Optional.of(chart);
    }

    /**
     * Genuine and impostor distance histograms over common bins, with the decision thresholds as vertical lines
     * (the first solid, the others dashed; each named with its value in the legend). The series are named
     * {@code genuine} and {@code impostor} in the palette, their pair counts in the legend.
     */
    static Optional<byte[]> histograms(Palette palette, String title, double[] genuine, double[] impostor,
                                       List<Marked> thresholds, int bins) {
        return histogramsChart(palette, title, genuine, impostor, thresholds, bins).map(Charts::png);
    }

    static Optional<XYChart> histogramsChart(Palette palette, String title, double[] genuine, double[] impostor,
                                             List<Marked> thresholds, int bins) {
        if (genuine.length + impostor.length == 0) {
            return Optional.empty();
        }
        XYChart chart = chart(title, "distance", "pairs");
        double min = Math.min(minOf(genuine), minOf(impostor));
        double max = Math.max(maxOf(genuine), maxOf(impostor));
        for (Marked t : thresholds) {
            min = Math.min(min, t.value());
            max = Math.max(max, t.value());
        }
        if (max <= min) {
            max = min + 1;
        }
        double width = (max - min) / bins;
        double top = 1;
        List<String> entries = new ArrayList<>(List.of("genuine (" + genuine.length + ")", "impostor (" + impostor.length + ")"));
        thresholds.forEach(t -> entries.add(t.label()));
        legend(chart, entries);
        for (Map.Entry<String, double[]> h : Map.of("genuine", genuine, "impostor", impostor).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            double[] values = h.getValue();
            if (values.length == 0) {
                continue;
            }
            double[] counts = new double[bins];
            for (double v : values) {
                counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
            }
            double[] x = new double[bins + 1];
            double[] y = new double[bins + 1];
            for (int i = 0; i <= bins; i++) {
                x[i] = min + i * width;
                y[i] = i < bins ? counts[i] : counts[bins - 1];
                top = Math.max(top, y[i]);
            }
            XYSeries s = chart.addSeries(h.getKey() + " (" + values.length + ")", x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            style(s, palette.look(h.getKey()), false);
        }
        for (int i = 0; i < thresholds.size(); i++) {
            Marked m = thresholds.get(i);
            XYSeries t = chart.addSeries(m.label(), new double[]{m.value(), m.value()}, new double[]{0, top});
            t.setMarker(SeriesMarkers.NONE);
            t.setLineColor(i == 0 ? Color.BLACK : Color.GRAY);
            t.setLineStyle(i == 0 ? new BasicStroke(1.5f) : new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        }
        return Optional.of(chart);
    }

    /** A value marked on a chart, e.g. a threshold, with its legend label. */
    record Marked(double value, String label) {
    }

    /**
     * DET curves: false non-match rate against false match rate, both axes in normal deviates and labelled in
     * error rates ({@link ErrorRateAxis}), ticks at the rates DET plots are read at. Rates are clamped to the axis'
     * ends (0.05 %, 99.95 %) so zero and one stay on the chart.
     */
    static Optional<byte[]> det(Palette palette, String title, List<Series> curves) {
        return detChart(palette, title, curves).map(Charts::png);
    }

    static Optional<XYChart> detChart(Palette palette, String title, List<Series> curves) {
        if (curves.stream().allMatch(Series::isEmpty)) {
            return Optional.empty();
        }
        XYChart chart = chart(title, "false match rate, % (normal deviate scale)", "false non-match rate, %",
                ERROR_CURVE_HEIGHT);
        // XChart's own (transparent) labels only reserve the margins: as wide as the rates' labels
        chart.setCustomXAxisTickLabelsFormatter(ErrorRateAxis::label);
        chart.setCustomYAxisTickLabelsFormatter(ErrorRateAxis::label);
        new AxisTicks(ErrorRateAxis.ticks(), ErrorRateAxis.ticks()).applyTo(chart, ErrorRateAxis.range(),
                ErrorRateAxis.range());
        legend(chart, names(null, curves.stream().filter(c -> !c.isEmpty()).toList()));
        for (Series s : curves) {
            if (!s.isEmpty()) {
                double[] x = new double[s.x().length];
                double[] y = new double[s.y().length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = ErrorRateAxis.deviate(s.x()[i]);
                    y[i] = ErrorRateAxis.deviate(s.y()[i]);
                }
                style(chart.addSeries(s.name(), x, y), palette.look(s.name()), x.length <= MARKERS_UP_TO);
            }
        }
        return Optional.of(chart);
    }

    /** A series drawn in its look: colour, line pattern and, where points are few, its marker. */
    private static void style(XYSeries series, Palette.Look look, boolean markers) {
        series.setLineColor(look.colour());
        series.setMarkerColor(look.colour());
        series.setFillColor(look.colour());
        series.setLineStyle(look.stroke());
        series.setMarker(markers ? look.marker() : SeriesMarkers.NONE);
    }

    /** The legend's entries: an optional first one, then the series' names. */
    private static List<String> names(String first, List<Series> series) {
        List<String> names = new ArrayList<>();
        if (first != null) {
            names.add(first);
        }
        series.forEach(s -> names.add(s.name()));
        return names;
    }

    /**
     * The legend outside the plot area, where it covers no data: below the plot, in a row, when its entries fit the
     * chart's width; at its right, in a column, when not (a network's layers, a comparison's experiments).
     */
    private static void legend(XYChart chart, List<String> entries) {
        Styler styler = chart.getStyler();
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics metrics = g.getFontMetrics(styler.getLegendFont());
        g.dispose();
        // an entry: its line sample, padding either side, its text (as XChart lays a row out)
        int width = styler.getLegendPadding() + entries.stream().mapToInt(e -> metrics.stringWidth(e)
                + styler.getLegendSeriesLineLength() + 2 * styler.getLegendPadding()).sum();
        boolean row = width <= LEGEND_ROW_WIDTH;
        chart.getStyler().setLegendPosition(row ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(row ? Styler.LegendLayout.Horizontal : Styler.LegendLayout.Vertical);
    }

    private static double[] allY(List<Series> series) {
        return series.stream().flatMapToDouble(s -> Arrays.stream(s.y())).toArray();
    }

    /**
     * Means as points with error bars (a sweep's 95 % intervals), one category per grid point; a mean without an
     * interval (one seed) gets no bar.
     */
    public static Optional<byte[]> meansWithErrorBars(String title, String yTitle, List<String> categories,
                                                       List<Double> means, List<Double> halfWidths) {
        if (categories.isEmpty() || means.stream().allMatch(m -> m == null || m.isNaN())) {
            return Optional.empty();
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("grid point").yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xe0e0e0));
        chart.getStyler().setAntiAlias(true);
        chart.getStyler().setYAxisDecimalPattern("0.###");
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        List<Double> y = means.stream().map(m -> m == null ? Double.NaN : m).toList();
        List<Double> e = halfWidths.stream().map(h -> h == null || h.isNaN() ? 0.0 : h).toList();
        chart.addSeries(yTitle, categories, y, e).setMarker(SeriesMarkers.CIRCLE);
        try {
            return Optional.of(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot encode chart " + title, ex);
        }
    }

    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static XYChart chart(String title, String xTitle, String yTitle) {
        return chart(title, xTitle, yTitle, HEIGHT);
    }

    private static XYChart chart(String title, String xTitle, String yTitle, int height) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendBorderColor(Color.WHITE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xe0e0e0));
        chart.getStyler().setAntiAlias(true);
        chart.getStyler().setXAxisDecimalPattern(AxisScale.LINEAR.pattern()); // tick labels, not 1.3470055898…
        chart.getStyler().setYAxisDecimalPattern(AxisScale.LINEAR.pattern());
        return chart;
    }

    private static byte[] png(XYChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart " + chart.getTitle(), e);
        }
    }

    private static double minOf(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double maxOf(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
