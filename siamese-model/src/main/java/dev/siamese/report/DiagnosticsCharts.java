package dev.siamese.report;

import dev.siamese.diagnostics.Diagnostics;
import dev.siamese.diagnostics.EpochDiagnostics;
import dev.siamese.diagnostics.LayerFigures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The training diagnostics per epoch as charts: gradient norm per layer (log axis), the share of dead or
 * saturated units per layer, distinct embeddings, and the share of training pairs at the distance floor.
 * A layer keeps its colour in both per-layer charts.
 */
final class DiagnosticsCharts {
    private static final Optional<double[]> SHARE = Optional.of(new double[]{0, 1});

    private DiagnosticsCharts() {
    }

    static List<HtmlPage.Chart> of(Diagnostics diagnostics, Palette palette) {
        List<EpochDiagnostics> epochs = diagnostics.epochs();
        List<String> layers = layers(epochs);
        List<Series> gradients = perLayer(epochs, layers, LayerFigures::gradientNorm);
        List<Series> shares = perLayer(epochs, layers, DiagnosticsCharts::deadOrSaturated);
        Series distinct = series("distinct embeddings", epochs, e -> e.embeddings() == null ? Double.NaN : e.embeddings().distinct());
        Series images = series("training images", epochs, e -> e.embeddings() == null ? Double.NaN : e.embeddings().images());
        Series floor = series("pairs at the floor", epochs, e -> e.trainPairs() == null ? Double.NaN : e.trainPairs().floorShare());
        double most = images.y().length == 0 ? 1 : Math.max(1, Arrays.stream(images.y()).max().orElse(1));
        return List.of(
                new HtmlPage.Chart("Gradient norm per layer", Charts.perEpoch(palette, "Gradient norm per layer",
                        "mean L2 norm of the gradient", gradients, new AxisScale(true, logPattern(gradients)), Optional.empty())),
                new HtmlPage.Chart("Dead or saturated units", Charts.perEpoch(palette,
                        "Dead (ReLU) or saturated (tanh, sigmoid) units", "share of the layer's units", shares,
                        AxisScale.LINEAR, SHARE)),
                new HtmlPage.Chart("Distinct embeddings", Charts.perEpoch(palette, "Distinct embeddings of the training images",
                        "embeddings", List.of(distinct, images), AxisScale.LINEAR, Optional.of(new double[]{0, most * 1.05}))),
                new HtmlPage.Chart("Pairs at the distance floor", Charts.perEpoch(palette,
                        "Training pairs at the distance floor (no gradient)", "share of the pairs", List.of(floor),
                        AxisScale.LINEAR, SHARE)));
    }

    /** What the log axis of the gradient chart cannot show: layers whose gradient norm was exactly 0, and when. */
    static Optional<String> undrawnGradients(Diagnostics diagnostics) {
        List<String> parts = new ArrayList<>();
        for (String layer : layers(diagnostics.epochs())) {
            List<Integer> zero = diagnostics.epochs().stream().filter(e -> e.layers().stream().anyMatch(l ->
                    l.layer().equals(layer) && l.gradientNorm() != null && l.gradientNorm() == 0)).map(EpochDiagnostics::epoch).toList();
            if (!zero.isEmpty()) {
                parts.add(layer + " in " + zero.size() + " epoch" + (zero.size() == 1 ? "" : "s") + " (first " + zero.get(0) + ")");
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("A gradient norm of exactly 0 (the layer passes no gradient) "
                + "has no place on the log axis and is not drawn: " + String.join("; ", parts) + ".");
    }

    private static String logPattern(List<Series> series) {
        double[] all = series.stream().flatMapToDouble(s -> Arrays.stream(s.positive().y())).toArray();
        AxisScale fitted = AxisScale.of(all);
        return fitted.logarithmic() ? fitted.pattern() : "0.###E0";
    }

    private static Double deadOrSaturated(LayerFigures l) {
        return l.deadFraction() != null ? l.deadFraction() : l.saturatedFraction();
    }

    /** Layer names in the order they first appear, input to output. */
    private static List<String> layers(List<EpochDiagnostics> epochs) {
        Set<String> names = new LinkedHashSet<>();
        epochs.forEach(e -> e.layers().forEach(l -> names.add(l.layer())));
        return List.copyOf(names);
    }

    /** One series per layer with a value in some epoch; named by the layer, so its colour is the layer's. */
    private static List<Series> perLayer(List<EpochDiagnostics> epochs, List<String> layers,
                                         Function<LayerFigures, Double> figure) {
        List<Series> series = new ArrayList<>();
        for (String layer : layers) {
            Series s = series(layer, epochs, e -> e.layers().stream().filter(l -> l.layer().equals(layer)).findFirst()
                    .map(figure).map(Double::doubleValue).orElse(Double.NaN));
            if (!s.isEmpty()) {
                series.add(s);
            }
        }
        return series;
    }

    private static Series series(String name, List<EpochDiagnostics> epochs, ToDoubleFunction<EpochDiagnostics> value) {
        return new Series(name, epochs.stream().mapToDouble(EpochDiagnostics::epoch).toArray(),
                epochs.stream().mapToDouble(value).toArray());
    }
}
