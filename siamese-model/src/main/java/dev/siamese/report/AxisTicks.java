package dev.siamese.report;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * Ticks at chosen values, which XChart cannot place itself (it spaces ticks evenly in data units, so a DET axis in
 * normal deviates got 0.0032 %, 2.3 % and 16 %, and a ROC axis 0 and 1 only). The grid lines are drawn as series
 * under the curves, the tick marks and labels as an annotation beside the axes; XChart's own tick labels stay, but
 * transparent, so that they still reserve the margins the labels are drawn in. A label that would touch its
 * neighbour on a small chart is left out; its mark and grid line stay.
 *
 * @param x the x axis' ticks
 * @param y the y axis' ticks
 */
record AxisTicks(List<Tick> x, List<Tick> y) {
    private static final Color GRID = new Color(0xe0e0e0);
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);
    private static final int MARK = 4;
    private static final int PAD = 2;
    /** Small enough that 1 % and 2 % sit apart on a DET axis of a report-sized chart. */
    private static final float FONT_SIZE = 10f;

    /** A tick: where on the axis (data units) and its label. */
    record Tick(double value, String label) {
    }

    AxisTicks {
        x = List.copyOf(x);
        y = List.copyOf(y);
    }

    /**
     * Puts these ticks on a chart whose axes run over {@code xRange} and {@code yRange} ({min, max}); call before
     * adding the chart's curves, so the grid lies under them.
     */
    void applyTo(XYChart chart, double[] xRange, double[] yRange) {
        chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]).setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setAxisTicksMarksVisible(false);
        chart.getStyler().setAxisTickLabelsColor(TRANSPARENT);
        int n = 0;
        for (Tick t : x) {
            grid(chart, "grid x" + n++, new double[]{t.value(), t.value()}, yRange);
        }
        for (Tick t : y) {
            grid(chart, "grid y" + n++, xRange, new double[]{t.value(), t.value()});
        }
        chart.addAnnotation(new Labels(this, xRange[0], yRange[0]));
    }

    private static void grid(XYChart chart, String name, double[] xs, double[] ys) {
        XYSeries line = chart.addSeries(name, xs, ys);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(GRID);
        line.setLineStyle(new BasicStroke(1f));
        line.setShowInLegend(false);
    }

    /** The tick marks and labels, drawn where the chart's plot area turned out to be. */
    private static final class Labels extends Annotation {
        private final AxisTicks ticks;
        private final double xMin;
        private final double yMin;

        Labels(AxisTicks ticks, double xMin, double yMin) {
            super(false);
            this.ticks = ticks;
            this.xMin = xMin;
            this.yMin = yMin;
        }

        @Override
        public void paint(Graphics2D g) {
            if (!isVisible) {
                return;
            }
            AxesChartStyler axes = (AxesChartStyler) styler;
            g.setFont(axes.getAxisTickLabelsFont().deriveFont(Math.min(FONT_SIZE, axes.getAxisTickLabelsFont().getSize2D())));
            g.setColor(Color.DARK_GRAY);
            g.setStroke(axes.getAxisTickMarksStroke());
            FontMetrics metrics = g.getFontMetrics();
            int bottom = getYAxisScreenValue(yMin);
            int left = getXAxisScreenValue(xMin);
            // a label that would touch the one drawn before it is left out (its mark and grid line stay)
            double free = Double.NEGATIVE_INFINITY;
            for (Tick t : ticks.x()) {
                int sx = getXAxisScreenValue(t.value());
                g.draw(new Line2D.Double(sx, bottom, sx, bottom + MARK));
                double start = sx - metrics.stringWidth(t.label()) / 2.0;
                if (start >= free) {
                    g.drawString(t.label(), (float) start, bottom + MARK + PAD + metrics.getAscent());
                    free = start + metrics.stringWidth(t.label()) + PAD;
                }
            }
            free = Double.POSITIVE_INFINITY;
            for (Tick t : ticks.y()) {
                int sy = getYAxisScreenValue(t.value());
                g.draw(new Line2D.Double(left - MARK, sy, left, sy));
                double baseline = sy + (metrics.getAscent() - metrics.getDescent()) / 2.0;
                if (baseline <= free) {
                    g.drawString(t.label(), left - MARK - PAD - metrics.stringWidth(t.label()), (float) baseline);
                    free = baseline - metrics.getAscent() - 1;
                }
            }
        }
    }
}
