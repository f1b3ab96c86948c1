package dev.siamese.report;

import dev.siamese.OutputFiles;
import dev.siamese.ResultsMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.diagnostics.Verdict;
import dev.siamese.eval.DetPoint;
import dev.siamese.eval.IdentificationMetrics;
import dev.siamese.eval.PairMetrics;
import dev.siamese.pairs.SplitSummary;
import dev.siamese.results.Assessment;
import dev.siamese.results.DatasetSummary;
import dev.siamese.results.ExpectationChecker;
import dev.siamese.results.ExpectationOutcome;
import dev.siamese.results.Environment;
import dev.siamese.results.PairScores;
import dev.siamese.results.PairScores.ScoredPair;
import dev.siamese.results.Results;
import dev.siamese.results.Timings;
import dev.siamese.results.Violation;
import dev.siamese.spec.Expectation;
import dev.siamese.spec.MetricNames;
import dev.siamese.history.EpochRecord;
import dev.siamese.history.History;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import static dev.siamese.report.HtmlEscape.escape;

/**
 * {@code report.html} of one experiment: why it went as it did (the diagnostics' verdicts, triggered first),
 * its expectations met or missed, curves per epoch, diagnostics per layer and epoch, ROC and DET curves,
 * distance histograms with the threshold, a grid of sample pairs, the data set's counts, timings, the
 * resolved spec and the environment. Drawn from results.json,
 * scores.json and the data set's images; needs no network and no ND4J.
 */
public final class ExperimentReport {
    public static final String REPORT_FILE = "report.html";
    static final int SAMPLE_PAIRS = 12;
    static final String TRAIN = "train";
    static final String VALIDATION = "validation";
    private static final ObjectMapper PRETTY = ResultsMapper.MAPPER;

    /**
     * Reads {@code results.json} (and {@code scores.json}, {@code dataset/}) below {@code outputDirectory}; writes
     * the report there, without the expectations' outcomes (no spec at hand).
     */
    public Path write(Path outputDirectory) {
        return write(outputDirectory, Optional.empty());
    }

    /** As {@link #write(Path)}, with the outcome of each of the spec's expectations. */
    public Path write(Path outputDirectory, List<Expectation> expectations) {
        return write(outputDirectory, Optional.of(expectations));
    }

    private Path write(Path outputDirectory, Optional<List<Expectation>> expectations) {
        ExperimentResults experiment = ExperimentResults.read(outputDirectory.resolve(OutputFiles.RESULTS_FILE));
        Optional<List<ExpectationOutcome>> outcomes = expectations.map(e ->
                ExpectationChecker.readingBaselines().checkEach(e, experiment.results()));
        String html = html(experiment, experiment.scores(), outputDirectory, outcomes);
        return ReportFiles.write(outputDirectory.resolve(REPORT_FILE), html);
    }

    static final String SAMPLE_SHEET = OutputFiles.SAMPLE_SHEET;

    /** @param outputDirectory where results.json lies, beside {@code dataset/} and (for a network) {@code matcher.json} */
    String html(ExperimentResults experiment, Optional<PairScores> scores, Path outputDirectory,
                Optional<List<ExpectationOutcome>> expectations) {
        Results r = experiment.results();
        Path dataset = outputDirectory.resolve(OutputFiles.DATASET_FOLDER);
        Palette palette = Palette.forReport();
        Assessment assessment = Assessment.of(r);
        Thresholds thresholds = Thresholds.of(r, scores, Files.isRegularFile(outputDirectory.resolve(OutputFiles.MATCHER_FILE)));
        HtmlPage page = new HtmlPage("Siamese report: " + experiment.name());
        page.h1("Experiment " + experiment.name());
        String description = r.spec() == null ? "" : r.spec().path("description").asText("");
        if (!description.isEmpty()) {
            page.paragraph(description);
        }
        page.raw("<p class=\"headline " + assessment.level().id() + "\">" + escape(assessment.headline()) + "</p>\n");
        page.h2("Why");
        why(page, assessment, r.diagnostics() != null);
        page.h2("Expectations");
        expectations(page, expectations);
        page.h2("Metrics");
        page.table(metricsTable(r));
        page.h2("Thresholds");
        thresholds(page, thresholds);

        page.h2("Training curves");
        page.charts(curves(r.history(), palette, lossName(r)));
        if (r.diagnostics() != null && !r.diagnostics().epochs().isEmpty()) {
            page.h2("Diagnostics per layer and epoch");
            page.charts(DiagnosticsCharts.of(r.diagnostics(), palette));
            DiagnosticsCharts.undrawnGradients(r.diagnostics()).ifPresent(page::muted);
        }

        page.h2("Distances");
        if (scores.isPresent()) {
            page.charts(distanceCharts(r, scores.get(), palette, thresholds));
            page.h2("Sample validation pairs");
            samplePairs(page, scores.get().validation(), thresholds.judging(), new Thumbnails(dataset, 96));
        } else {
            page.muted("No " + OutputFiles.SCORES_FILE + " beside the results: run the evaluation again for ROC curves, histograms and sample pairs.");
        }

        page.h2("Data set");
        if (r.dataset() != null) {
            page.paragraph(r.dataset().type() + ", " + (r.dataset().width() == 0 ? "scans of several sizes"
                    : r.dataset().width() + "×" + r.dataset().height()) + ", fingerprint " + r.dataset().fingerprint());
            page.table(datasetTable(r.dataset()));
        }
        sampleSheet(dataset, SAMPLE_SHEET).ifPresent(png -> page.raw("<figure><img alt=\"sample sheet\" src=\""
                + Charts.dataUri(png) + "\"><figcaption>" + HtmlEscape.escape(SAMPLE_SHEET)
                + ": fingers in rows, their impressions in columns</figcaption></figure>\n"));
        sampleSheet(outputDirectory, OutputFiles.INPUT_SHEET).ifPresent(png -> page.raw(
                "<figure><img alt=\"network input\" src=\"" + Charts.dataUri(png) + "\"><figcaption>"
                + HtmlEscape.escape(OutputFiles.INPUT_SHEET) + ": the same scans as the network sees them "
                + "(model.input)</figcaption></figure>\n"));
        page.h2("Timings");
        if (r.timings() == null) {
            page.muted("Not recorded.");
        } else {
            page.table(timingsTable(r.timings()));
        }
        page.h2("Spec (resolved)");
        page.pre(pretty(r.spec()));
        page.h2("Environment");
        if (r.environment() == null) {
            page.muted("Not recorded.");
        } else {
            page.table(environmentTable(r.environment()));
        }
        return page.html();
    }

    /**
     * The verdicts, those that warn first, then information, then the clear ones, each with the figures it rests on:
     * the generalisation verdict (judged on the results, so always there), then the training diagnostics' when the
     * spec recorded them.
     */
    private static void why(HtmlPage page, Assessment assessment, boolean diagnostics) {
        List<Verdict> all = assessment.verdicts();
        List<Verdict> warn = all.stream().filter(Verdict::warns).toList();
        List<Verdict> ordered = new ArrayList<>(warn);
        all.stream().filter(Verdict::informs).forEach(ordered::add);
        all.stream().filter(v -> !v.triggered()).forEach(ordered::add);
        page.paragraph(warn.isEmpty() ? "No verdict warns (" + all.size() + " judged)."
                : warn.size() + " of " + all.size() + " verdicts triggered: "
                + String.join(", ", warn.stream().map(Verdict::name).toList()) + ".");
        page.raw("<ul class=\"verdicts\">\n");
        for (Verdict v : ordered) {
            String css = v.warns() ? "triggered" : v.informs() ? "information" : "clear";
            page.raw("<li class=\"verdict " + css + "\"><b>" + escape(v.name()) + "</b>: <span class=\"state\">"
                    + escape(v.state()) + "</span> — " + escape(v.explanation()) + "</li>\n");
        }
        page.raw("</ul>\n");
        if (!diagnostics) {
            page.muted("No training diagnostics recorded: \"diagnostics\": true in the spec records per-layer figures"
                    + " and judges the training too (vanishing gradients, dead units, embedding collapse, ...).");
        }
    }

    /** The operating threshold and the spec's, with the rates at each; said in words first. */
    private static void thresholds(HtmlPage page, Thresholds thresholds) {
        Thresholds.Row spec = thresholds.spec();
        if (thresholds.operating().isEmpty()) {
            page.paragraph("One threshold: the spec's evaluation.threshold " + Numbers.significant(spec.threshold())
                    + " (no operating threshold: it needs the validation pairs' distances, genuine and impostor).");
        } else if (!thresholds.differ()) {
            page.paragraph("One threshold: the operating threshold is the spec's evaluation.threshold, "
                    + Numbers.significant(spec.threshold()) + ".");
        } else {
            Thresholds.Row op = thresholds.operating().get();
            page.paragraph("Two thresholds: the model is used at the operating threshold "
                    + Numbers.significant(op.threshold()) + " (validation FMR " + Numbers.fixed(op.validation().fmr())
                    + ", FNMR " + Numbers.fixed(op.validation().fnmr()) + ", accuracy "
                    + Numbers.fixed(op.validation().accuracy()) + "); results.json's accuracy is measured at the spec's"
                    + " evaluation.threshold " + Numbers.significant(spec.threshold()) + " (validation accuracy "
                    + Numbers.fixed(spec.validation().accuracy()) + "). The histograms draw both; the sample pairs are"
                    + " judged at the operating threshold.");
        }
        page.table(thresholds.table());
    }

    /** Each expectation of the spec, met or missed, with its value. */
    private static void expectations(HtmlPage page, Optional<List<ExpectationOutcome>> outcomes) {
        if (outcomes.isEmpty()) {
            page.muted("Not checked: this report was drawn without the spec.");
            return;
        }
        List<ExpectationOutcome> all = outcomes.get();
        if (all.isEmpty()) {
            page.muted("The spec sets no expectations.");
            return;
        }
        long met = all.stream().filter(ExpectationOutcome::met).count();
        long documenting = all.stream().filter(ExpectationOutcome::metDocumentingFailure).count();
        page.paragraph(met + " of " + all.size() + " expectation" + (all.size() == 1 ? "" : "s") + " met."
                + (documenting == 0 ? "" : " " + (documenting == met ? (met == 1 ? "It documents" : "All of them document")
                : documenting + " of them document") + " a known failure (a ceiling on a metric where higher is better,"
                + " or a floor where lower is): met means the failure is still there, not that the model works."));
        page.raw("<table class=\"expectations\">\n<tr><th>metric</th><th>limits</th><th>value</th><th>outcome</th><th>note</th></tr>\n");
        for (ExpectationOutcome o : all) {
            String outcome = o.metDocumentingFailure() ? "⚠ met: the failure it documents is still there"
                    : o.met() ? "✔ met" : "✘ missed: " + String.join("; ",
                    o.report().violations().stream().map(Violation::describe).toList());
            String row = o.metDocumentingFailure() ? "documented" : o.met() ? "met" : "missed";
            String cell = o.metDocumentingFailure() ? "documented" : o.met() ? "better" : "worse";
            page.raw("<tr class=\"" + row + "\"><td>" + escape(o.expectation().metric())
                    + "</td><td>" + escape(o.limits()) + "</td><td class=\"num\">" + escape(Numbers.shortest(o.actual()))
                    + "</td><td class=\"" + cell + "\">" + escape(outcome) + "</td><td>"
                    + escape(o.expectation().note()) + "</td></tr>\n");
        }
        page.raw("</table>\n");
    }

    static Table datasetTable(DatasetSummary d) {
        List<List<String>> rows = new ArrayList<>();
        String[] names = {TRAIN, VALIDATION};
        SplitSummary[] splits = {d.train(), d.validation()};
        for (int i = 0; i < names.length; i++) {
            SplitSummary s = splits[i];
            rows.add(s == null ? List.of(names[i], "n/a", "n/a", "n/a", "n/a", "n/a")
                    : List.of(names[i], Integer.toString(s.images()), Integer.toString(s.identities()),
                    Integer.toString(s.pairs()), Integer.toString(s.genuine()), Integer.toString(s.impostor())));
        }
        return new Table(List.of("split", "images", "fingers", "pairs", "genuine", "impostor"), rows,
                List.of(false, true, true, true, true, true));
    }

    static Table timingsTable(Timings t) {
        List<List<String>> rows = new ArrayList<>();
        if (t != null) {
            rows.add(List.of("training", seconds(t.trainingSeconds())));
            rows.add(List.of("mean epoch", seconds(t.meanEpochSeconds())));
            rows.add(List.of("training pairs per second", t.trainingPairsPerSecond() == null ? "n/a"
                    : String.format(Locale.ROOT, "%.0f", t.trainingPairsPerSecond())));
            rows.add(List.of("evaluation", seconds(t.evaluationSeconds())));
        }
        return new Table(List.of("", ""), rows, List.of(false, true));
    }

    private static String seconds(Double s) {
        return s == null ? "n/a" : String.format(Locale.ROOT, "%.2f s", s);
    }

    static Table metricsTable(Results r) {
        List<List<String>> rows = new ArrayList<>();
        for (String m : MetricNames.PER_SPLIT) {
            rows.add(List.of(m, value(r.metrics() == null ? null : r.metrics().train(), m),
                    value(r.metrics() == null ? null : r.metrics().validation(), m)));
        }
        IdentificationMetrics id = r.metrics() == null ? null : r.metrics().identification();
        if (id != null) { // 1:N search runs on the validation split only
            for (String m : MetricNames.OF_IDENTIFICATION) {
                rows.add(List.of(MetricNames.IDENTIFICATION + "." + m, "", Numbers.fixed(id.get(m))));
            }
        }
        return new Table(List.of("metric", "train", "validation"), rows, List.of(false, true, true));
    }

    private static String value(PairMetrics m, String name) {
        return m == null ? "n/a" : Numbers.fixed(m.get(name));
    }

    /** The loss the spec trained with, for the loss chart's axis: the contrastive loss unless it names another. */
    static String lossName(Results r) {
        return RunDescription.lossName(r.spec()) + " loss";
    }

    static List<HtmlPage.Chart> curves(History history, Palette palette, String lossName) {
        if (history == null || history.epochs().isEmpty()) {
            return List.of(new HtmlPage.Chart("Loss per epoch", Optional.empty()),
                    new HtmlPage.Chart("Accuracy per epoch", Optional.empty()));
        }
        List<EpochRecord> e = history.epochs();
        return List.of(
                new HtmlPage.Chart("Loss per epoch", Charts.perEpoch(palette, "Loss per epoch", lossName, List.of(
                        series(TRAIN, e, EpochRecord::trainLoss), series(VALIDATION, e, EpochRecord::validationLoss)))),
                new HtmlPage.Chart("Accuracy per epoch", Charts.perEpoch(palette, "Accuracy per epoch", "accuracy", List.of(
                        series(TRAIN, e, EpochRecord::trainAccuracy),
                        series(VALIDATION, e, EpochRecord::validationAccuracy)), AxisScale.LINEAR, Optional.of(new double[]{0, 1}))));
    }

    static Series series(String name, List<EpochRecord> epochs, ToDoubleFunction<EpochRecord> value) {
        return new Series(name, epochs.stream().mapToDouble(EpochRecord::epoch).toArray(),
                epochs.stream().mapToDouble(value).toArray());
    }

    /** ROC and DET (train drawn first, validation dashed over it), and each split's distances with the thresholds. */
    private static List<HtmlPage.Chart> distanceCharts(Results r, PairScores scores, Palette palette,
                                                       Thresholds thresholds) {
        List<Series> roc = new ArrayList<>();
        RocCurve.of(TRAIN, scores.train()).ifPresent(roc::add);
        RocCurve.of(VALIDATION, scores.validation()).ifPresent(roc::add);
        List<Series> det = new ArrayList<>();
        if (r.metrics() != null) {
            detSeries(TRAIN, r.metrics().train()).ifPresent(det::add);
            detSeries(VALIDATION, r.metrics().validation()).ifPresent(det::add);
        }
        List<Charts.Marked> marked = new ArrayList<>();
        thresholds.operating().ifPresent(o -> marked.add(new Charts.Marked(o.threshold(),
                "operating " + Numbers.significant(o.threshold()))));
        if (marked.isEmpty() || thresholds.differ()) {
            marked.add(new Charts.Marked(thresholds.spec().threshold(),
                    "evaluation " + Numbers.significant(thresholds.spec().threshold())));
        }
        return List.of(new HtmlPage.Chart("ROC curves", Charts.roc(palette, "ROC curves", roc)),
                new HtmlPage.Chart("DET curves", Charts.det(palette, "DET curves", det)),
                new HtmlPage.Chart("Validation distances", histogram(palette, "Validation distances", scores.validation(), marked)),
                new HtmlPage.Chart("Training distances", histogram(palette, "Training distances", scores.train(), marked)));
    }

    /** The DET points results.json carries for a split (FVC's error-rate curve). */
    static Optional<Series> detSeries(String name, PairMetrics metrics) {
        if (metrics == null || metrics.det().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Series(name, metrics.det().stream().mapToDouble(DetPoint::fmr).toArray(),
                metrics.det().stream().mapToDouble(DetPoint::fnmr).toArray()));
    }

    private static Optional<byte[]> histogram(Palette palette, String title, List<ScoredPair> pairs,
                                              List<Charts.Marked> thresholds) {
        double[] genuine = pairs.stream().filter(p -> p.label() == 1).mapToDouble(ScoredPair::distance).toArray();
        double[] impostor = pairs.stream().filter(p -> p.label() != 1).mapToDouble(ScoredPair::distance).toArray();
        return Charts.histograms(palette, title, genuine, impostor, thresholds, 30);
    }

    /** A contact sheet {@code name} in {@code folder}, when there is one. */
    static Optional<byte[]> sampleSheet(Path folder, String name) {
        Path file = folder == null ? null : folder.resolve(name);
        try {
            return file != null && Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void samplePairs(HtmlPage page, List<ScoredPair> pairs, Thresholds.Row judging, Thumbnails thumbnails) {
        double threshold = judging.threshold();
        List<ScoredPair> shown = SamplePairs.select(pairs, threshold, SAMPLE_PAIRS);
        if (shown.isEmpty()) {
            page.muted("No validation pairs.");
            return;
        }
        long wrong = pairs.stream().filter(p -> !SamplePairs.right(p, threshold)).count();
        page.muted(wrong + " of " + pairs.size() + " validation pairs misjudged at the " + judging.name() + " "
                + Numbers.significant(threshold)
                + "; the worst first, then right ones nearest the threshold.");
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
