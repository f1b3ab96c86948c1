package dev.siamese.report;

import dev.siamese.spec.MatchRule;
import dev.siamese.OutputFiles;
import dev.siamese.ResultsMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.eval.PairMetrics;
import dev.siamese.results.Environment;
import dev.siamese.results.PairScores;
import dev.siamese.results.PairScores.ScoredPair;
import dev.siamese.results.Results;
import dev.siamese.spec.MetricNames;
import dev.siamese.train.EpochRecord;
import dev.siamese.train.History;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import static dev.siamese.report.HtmlEscape.escape;

/**
 * {@code report.html} of one experiment: curves per epoch, ROC curves, distance histograms with the
 * threshold, a grid of sample pairs, the resolved spec and the environment. Drawn from results.json,
 * scores.json and the data set's images; needs no network and no ND4J.
 */
public final class ExperimentReport {
    public static final String REPORT_FILE = "report.html";
    static final int SAMPLE_PAIRS = 12;
    private static final ObjectMapper PRETTY = ResultsMapper.MAPPER;

    /** Reads {@code results.json} (and {@code scores.json}, {@code dataset/}) below {@code outputDirectory}; writes the report there. */
    public Path write(Path outputDirectory) {
        ExperimentResults experiment = ExperimentResults.read(outputDirectory.resolve(OutputFiles.RESULTS_FILE));
        String html = html(experiment, experiment.scores(), outputDirectory.resolve(OutputFiles.DATASET_FOLDER));
        return ReportFiles.write(outputDirectory.resolve(REPORT_FILE), html);
    }

    static final String SAMPLE_SHEET = OutputFiles.SAMPLE_SHEET;

    String html(ExperimentResults experiment, Optional<PairScores> scores, Path dataset) {
        Results r = experiment.results();
        HtmlPage page = new HtmlPage("Siamese report: " + experiment.name());
        page.h1("Experiment " + experiment.name());
        String description = r.spec() == null ? "" : r.spec().path("description").asText("");
        if (!description.isEmpty()) {
            page.paragraph(description);
        }
        page.muted("From " + experiment.file());
        page.h2("Metrics");
        page.table(metricsTable(r));

        page.h2("Training curves");
        page.charts(curves(r.history()));

        page.h2("Distances");
        if (scores.isPresent()) {
            page.charts(distanceCharts(r, scores.get()));
            page.h2("Sample validation pairs");
            samplePairs(page, scores.get().validation(), threshold(r), new Thumbnails(dataset, 96));
        } else {
            page.muted("No " + OutputFiles.SCORES_FILE + " beside the results: run siamese:evaluate again for ROC curves, histograms and sample pairs.");
        }

        page.h2("Data set");
        if (r.dataset() != null) {
            page.paragraph(r.dataset().type() + ", " + r.dataset().width() + "×" + r.dataset().height()
                    + ", fingerprint " + r.dataset().fingerprint());
        }
        sampleSheet(dataset).ifPresent(png -> page.raw("<figure><img alt=\"sample sheet\" src=\""
                + Charts.dataUri(png) + "\"><figcaption>" + HtmlEscape.escape(SAMPLE_SHEET)
                + ": fingers in rows, their impressions in columns</figcaption></figure>\n"));
        page.h2("Spec (resolved)");
        page.pre(pretty(r.spec()));
        page.h2("Environment");
        page.table(environmentTable(r.environment()));
        return page.html();
    }

    static Table metricsTable(Results r) {
        List<List<String>> rows = new ArrayList<>();
        for (String m : MetricNames.PER_SPLIT) {
            rows.add(List.of(m, value(r.metrics() == null ? null : r.metrics().train(), m),
                    value(r.metrics() == null ? null : r.metrics().validation(), m)));
        }
        return new Table(List.of("metric", "train", "validation"), rows, List.of(false, true, true));
    }

    private static String value(PairMetrics m, String name) {
        return m == null ? "n/a" : Numbers.fixed(m.get(name));
    }

    static List<HtmlPage.Chart> curves(History history) {
        if (history == null || history.epochs().isEmpty()) {
            return List.of(new HtmlPage.Chart("Loss per epoch", Optional.empty()),
                    new HtmlPage.Chart("Accuracy per epoch", Optional.empty()));
        }
        List<EpochRecord> e = history.epochs();
        return List.of(
                new HtmlPage.Chart("Loss per epoch", Charts.lines("Loss per epoch", "epoch", "contrastive loss", List.of(
                        series("train", e, EpochRecord::trainLoss), series("validation", e, EpochRecord::validationLoss)))),
                new HtmlPage.Chart("Accuracy per epoch", Charts.lines("Accuracy per epoch", "epoch", "accuracy", List.of(
                        series("train", e, EpochRecord::trainAccuracy),
                        series("validation", e, EpochRecord::validationAccuracy)))));
    }

    static Series series(String name, List<EpochRecord> epochs, ToDoubleFunction<EpochRecord> value) {
        return new Series(name, epochs.stream().mapToDouble(EpochRecord::epoch).toArray(),
                epochs.stream().mapToDouble(value).toArray());
    }

    private static List<HtmlPage.Chart> distanceCharts(Results r, PairScores scores) {
        List<Series> roc = new ArrayList<>();
        RocCurve.of("validation", scores.validation()).ifPresent(roc::add);
        RocCurve.of("train", scores.train()).ifPresent(roc::add);
        double t = threshold(r);
        List<Series> det = new ArrayList<>();
        if (r.metrics() != null) {
            detSeries("validation", r.metrics().validation()).ifPresent(det::add);
            detSeries("train", r.metrics().train()).ifPresent(det::add);
        }
        return List.of(new HtmlPage.Chart("ROC curves", Charts.roc("ROC curves", roc)),
                new HtmlPage.Chart("DET curves", Charts.det("DET curves", det)),
                new HtmlPage.Chart("Validation distances", histogram("Validation distances", scores.validation(), t)),
                new HtmlPage.Chart("Training distances", histogram("Training distances", scores.train(), t)));
    }

    /** The DET points results.json carries for a split (FVC's error-rate curve). */
    static Optional<Series> detSeries(String name, PairMetrics metrics) {
        if (metrics == null || metrics.det().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Series(name, metrics.det().stream().mapToDouble(dev.siamese.eval.DetPoint::fmr).toArray(),
                metrics.det().stream().mapToDouble(dev.siamese.eval.DetPoint::fnmr).toArray()));
    }

    private static Optional<byte[]> histogram(String title, List<ScoredPair> pairs, double threshold) {
        double[] genuine = pairs.stream().filter(p -> p.label() == 1).mapToDouble(ScoredPair::distance).toArray();
        double[] impostor = pairs.stream().filter(p -> p.label() != 1).mapToDouble(ScoredPair::distance).toArray();
        return Charts.histograms(title, genuine, impostor, threshold, 30);
    }

    /** The data set's sample sheet, written beside generated fingerprints. */
    static Optional<byte[]> sampleSheet(Path dataset) {
        Path file = dataset == null ? null : dataset.resolve(SAMPLE_SHEET);
        try {
            return file != null && java.nio.file.Files.isRegularFile(file)
                    ? Optional.of(java.nio.file.Files.readAllBytes(file)) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    static double threshold(Results r) {
        return r.metrics() != null && r.metrics().validation() != null ? r.metrics().validation().threshold()
                : MatchRule.DEFAULT_THRESHOLD;
    }

    private static void samplePairs(HtmlPage page, List<ScoredPair> pairs, double threshold, Thumbnails thumbnails) {
        List<ScoredPair> shown = SamplePairs.select(pairs, threshold, SAMPLE_PAIRS);
        if (shown.isEmpty()) {
            page.muted("No validation pairs.");
            return;
        }
        long wrong = pairs.stream().filter(p -> !SamplePairs.right(p, threshold)).count();
        page.muted(wrong + " of " + pairs.size() + " validation pairs misjudged at threshold "
                + Numbers.shortest(threshold) + "; the worst first, then right ones nearest the threshold.");
        page.raw("<div class=\"pairs\">\n");
        for (ScoredPair p : shown) {
            boolean right = SamplePairs.right(p, threshold);
            page.raw("<div class=\"pair " + (right ? "right" : "wrong") + "\"><div>" + image(thumbnails, p.left())
                    + image(thumbnails, p.right()) + "</div><div>" + escape(p.left()) + " / " + escape(p.right())
                    + "</div><div>" + (p.label() == 1 ? "genuine" : "impostor") + ", distance "
                    + escape(Numbers.fixed(p.distance())) + " — <b>" + (right ? "✔ right" : "✘ wrong") + "</b></div></div>\n");
        }
        page.raw("</div>\n");
    }

    private static String image(Thumbnails thumbnails, String file) {
        return thumbnails.dataUri(file).map(uri -> "<img alt=\"" + escape(file) + "\" src=\"" + uri + "\">")
                .orElse("<span class=\"muted\">(" + escape(file) + " missing)</span>");
    }

    private static String pretty(JsonNode spec) {
        if (spec == null) {
            return "(not recorded)";
        }
        try {
            return PRETTY.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            return spec.toString();
        }
    }

    static Table environmentTable(Environment e) {
        List<List<String>> rows = new ArrayList<>();
        if (e != null) {
            rows.add(List.of("Java", String.valueOf(e.java())));
            rows.add(List.of("DL4J", String.valueOf(e.dl4j())));
            rows.add(List.of("backend", e.backend() + ", " + e.nativeBuild() + " native build (CPU supports " + e.cpuLevel() + ")"));
            rows.add(List.of("OpenMP threads", String.valueOf(e.threads())));
            rows.add(List.of("oneDNN helpers", String.valueOf(e.oneDnnHelpers())));
            rows.add(List.of("OS", String.valueOf(e.os())));
            rows.add(List.of("CPU", e.cpu() + ", " + e.cores() + " cores"));
        }
        return new Table(List.of("", ""), rows, List.of(false, false));
    }
}
