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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Charts of the reports, drawn by XChart and encoded as PNG data URIs to embed in a page. */
public final class Charts {
    static final int WIDTH = 560;
    static final int HEIGHT = 360;

    private Charts() {
    }

    /** Lines over a common x axis (loss per epoch, ROC curves). */
    public static Optional<byte[]> lines(String title, String xTitle, String yTitle, List<Series> series) {
        if (series.stream().allMatch(Series::isEmpty)) {
            return Optional.empty();
        }
        XYChart chart = chart(title, xTitle, yTitle);
        for (Series s : series) {
            if (!s.isEmpty()) {
                XYSeries added = chart.addSeries(s.name(), s.x(), s.y());
                added.setMarker(s.x().length <= 30 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            }
        }
        return Optional.of(png(chart));
    }

    /** ROC curves with the chance diagonal, both axes [0, 1]. */
    public static Optional<byte[]> roc(String title, List<Series> curves) {
        if (curves.stream().allMatch(Series::isEmpty)) {
            return Optional.empty();
        }
        XYChart chart = chart(title, "false match rate", "true match rate");
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        XYSeries chance = chart.addSeries("chance", new double[]{0, 1}, new double[]{0, 1});
        chance.setMarker(SeriesMarkers.NONE);
        chance.setLineColor(Color.LIGHT_GRAY);
        chance.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f, 4f}, 0f));
        for (Series s : curves) {
            if (!s.isEmpty()) {
                chart.addSeries(s.name(), s.x(), s.y()).setMarker(SeriesMarkers.NONE);
            }
        }
        return Optional.of(png(chart));
    }

    /** Genuine and impostor distance histograms over common bins, with the decision threshold as a vertical line. */
    public static Optional<byte[]> histograms(String title, double[] genuine, double[] impostor, double threshold, int bins) {
        if (genuine.length + impostor.length == 0) {
            return Optional.empty();
        }
        XYChart chart = chart(title, "distance", "pairs");
        double min = Math.min(threshold, Math.min(minOf(genuine), minOf(impostor)));
        double max = Math.max(threshold, Math.max(maxOf(genuine), maxOf(impostor)));
        if (max <= min) {
            max = min + 1;
        }
        double width = (max - min) / bins;
        double top = 1;
        for (Object[] h : List.of(new Object[]{"genuine", genuine, new Color(0x1f77b4)},
                new Object[]{"impostor", impostor, new Color(0xd62728)})) {
            double[] values = (double[]) h[1];
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
            XYSeries s = chart.addSeries((String) h[0] + " (" + values.length + ")", x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor((Color) h[2]);
            s.setLineWidth(2f);
        }
        XYSeries t = chart.addSeries("threshold " + Numbers.shortest(threshold),
                new double[]{threshold, threshold}, new double[]{0, top});
        t.setMarker(SeriesMarkers.NONE);
        t.setLineColor(Color.BLACK);
        t.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        return Optional.of(png(chart));
    }

    /**
     * DET curves: false non-match rate against false match rate, both on probit (normal deviate) axes.
     * Rates are clamped to [0.01 %, 99.99 %] so zero and one stay on the chart.
     */
    public static Optional<byte[]> det(String title, List<Series> curves) {
        if (curves.stream().allMatch(Series::isEmpty)) {
            return Optional.empty();
        }
        // Axes in normal deviates: XChart's custom tick formatter loops forever here, so the titles give the key.
        XYChart chart = chart(title, "FMR as normal deviate (-3.72 = 0.01 %, -2.33 = 1 %, -1.28 = 10 %, 0 = 50 %)",
                "FNMR as normal deviate (same scale)");
        double lo = Probit.of(1e-4);
        chart.getStyler().setXAxisMin(lo);
        chart.getStyler().setXAxisMax(-lo);
        chart.getStyler().setYAxisMin(lo);
        chart.getStyler().setYAxisMax(-lo);
        for (Series s : curves) {
            if (!s.isEmpty()) {
                double[] x = new double[s.x().length];
                double[] y = new double[s.y().length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = Probit.of(Math.min(Math.max(s.x()[i], 1e-4), 1 - 1e-4));
                    y[i] = Probit.of(Math.min(Math.max(s.y()[i], 1e-4), 1 - 1e-4));
                }
                chart.addSeries(s.name(), x, y).setMarker(x.length <= 30 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            }
        }
        return Optional.of(png(chart));
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
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xe0e0e0));
        chart.getStyler().setAntiAlias(true);
        chart.getStyler().setXAxisDecimalPattern("0.###"); // tick labels, not 1.3470055898…
        chart.getStyler().setYAxisDecimalPattern("0.###");
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
