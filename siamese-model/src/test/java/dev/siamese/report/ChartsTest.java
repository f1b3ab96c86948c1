package dev.siamese.report;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Charts a reviewer accepts: legends off the data, curves that lie on each other both seen, ticks where read. */
class ChartsTest {
    private static final Series TRAIN = new Series(ExperimentReport.TRAIN, new double[]{0, 0.1, 1}, new double[]{0, 0.9, 1});
    private static final Series VALIDATION = new Series(ExperimentReport.VALIDATION, TRAIN.x(), TRAIN.y());

    private static List<XYChart> charts(Palette palette) {
        return List.of(
                Charts.perEpochChart(palette, "Loss per epoch", "loss", List.of(TRAIN, VALIDATION), AxisScale.LINEAR,
                        Optional.empty()).orElseThrow(),
                Charts.rocChart(palette, "ROC", List.of(TRAIN, VALIDATION)).orElseThrow(),
                Charts.detChart(palette, "DET", List.of(TRAIN, VALIDATION)).orElseThrow(),
                Charts.histogramsChart(palette, "Distances", new double[]{0.1, 0.2}, new double[]{0.8, 0.9},
                        List.of(new Charts.Marked(0.5, "operating 0.5"), new Charts.Marked(0.6, "evaluation 0.6")), 10)
                        .orElseThrow());
    }

    @Test
    void legendsLieOutsideThePlotArea() {
        for (XYChart chart : charts(Palette.forReport())) {
            Styler.LegendPosition p = chart.getStyler().getLegendPosition();
            assertTrue(p == Styler.LegendPosition.OutsideS || p == Styler.LegendPosition.OutsideE,
                    chart.getTitle() + ": " + p);
        }
        List<Series> layers = List.of("branch0_conv2d", "branch2_conv2d", "branch4_batchnorm", "branch5_dense").stream()
                .map(n -> new Series(n, TRAIN.x(), TRAIN.y())).toList();
        XYChart many = Charts.perEpochChart(Palette.forReport(), "Gradient norm", "norm", layers, AxisScale.LINEAR,
                Optional.empty()).orElseThrow();
        assertEquals(Styler.LegendPosition.OutsideE, many.getStyler().getLegendPosition(),
                "a legend too wide for a row below the plot goes beside it");
    }

    @Test
    void equalCurvesStayDistinguishableByPatternAndColour() {
        for (XYChart chart : charts(Palette.forReport())) {
            if (chart.getTitle().equals("Distances")) {
                continue;
            }
            XYSeries train = chart.getSeriesMap().get(ExperimentReport.TRAIN);
            XYSeries validation = chart.getSeriesMap().get(ExperimentReport.VALIDATION);
            assertNotEquals(train.getLineColor(), validation.getLineColor(), chart.getTitle());
            assertFalse(Arrays.equals(train.getLineStyle().getDashArray(), validation.getLineStyle().getDashArray()),
                    chart.getTitle() + ": one solid, one dashed");
            List<String> order = List.copyOf(chart.getSeriesMap().keySet());
            assertTrue(order.indexOf(ExperimentReport.TRAIN) < order.indexOf(ExperimentReport.VALIDATION),
                    chart.getTitle() + ": the dashed validation curve is drawn over train, not hidden under it");
        }
    }

    @Test
    void aSeriesLooksTheSameInEveryReportWhateverElseItDraws() {
        Palette conv = Palette.forReport();
        List.of("branch0_conv2d", "branch2_conv2d", "branch4_batchnorm", "branch5_dense").forEach(conv::look);
        Palette dense = Palette.forReport();
        dense.look("branch0_dense");
        for (String name : List.of(ExperimentReport.TRAIN, ExperimentReport.VALIDATION, "genuine", "impostor",
                "distinct embeddings", "training images", "pairs at the floor")) {
            assertEquals(conv.look(name).colour(), dense.look(name).colour(), name);
            assertTrue(Arrays.equals(conv.look(name).dash(), dense.look(name).dash()), name);
        }
        Palette compare = Palette.of(List.of("a", "b"));
        assertNotEquals(compare.look("a").colour(), compare.look("b").colour());
        assertFalse(Arrays.equals(compare.look("a").dash(), compare.look("b").dash()), "neighbours differ in pattern too");
    }

    @Test
    void rocAndDetTicksSitWhereTheyAreRead() {
        XYChart roc = Charts.rocChart(Palette.forReport(), "ROC", List.of(TRAIN)).orElseThrow();
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), gridValues(roc, "grid x"), "ROC: every 0.2, not 0 and 1 only");
        XYChart det = Charts.detChart(Palette.forReport(), "DET", List.of(TRAIN)).orElseThrow();
        List<Double> rates = gridValues(det, "grid x").stream().map(Probit::cdf).map(r -> Math.round(r * 1e4) / 1e4)
                .toList();
        assertEquals(List.of(0.001, 0.01, 0.02, 0.05, 0.1, 0.2, 0.4), rates.subList(0, 7),
                "DET: 0.1, 1, 2, 5, 10, 20 and 40 %");
        assertEquals(gridValues(det, "grid x").size(), gridValues(det, "grid y").size(), "both axes alike");
        assertTrue(det.getStyler().getXAxisMin() < Probit.of(0.001) && det.getStyler().getXAxisMax() > Probit.of(0.999));
    }

    /** Where a chart's grid lines of one axis lie (x for vertical lines, y for horizontal ones). */
    private static List<Double> gridValues(XYChart chart, String prefix) {
        return chart.getSeriesMap().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> prefix.endsWith("x") ? e.getValue().getXData()[0] : e.getValue().getYData()[0])
                .map(v -> Math.round(v * 1e9) / 1e9).toList();
    }
}
