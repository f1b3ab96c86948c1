package dev.siamese.report;

import dev.siamese.ExperimentException;
import dev.siamese.results.PairScores;
import dev.siamese.history.EpochRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.siamese.report.HtmlEscape.escape;

/**
 * {@code compare.html}: the comparison table (grouped by data set), the diff against a baseline, and per data set
 * the overlays of its experiments' validation loss per epoch (one chart per loss) and validation ROC curves (from
 * the scores.json beside each results file, when there is one).
 */
public final class CompareReport {
    private static final Logger LOG = LoggerFactory.getLogger(CompareReport.class);
    private CompareReport() {
    }

    /** @param outputDirectory where the page goes: its links to each experiment's files are relative to it */
    public static String html(List<ExperimentResults> experiments, ComparisonTable table, Optional<BaselineDiff> diff,
                              double tolerance, Path outputDirectory) {
        List<String> labels = SeriesLabels.of(experiments);
        Palette palette = Palette.of(labels);
        HtmlPage page = new HtmlPage("Siamese comparison of " + experiments.size() + " experiments").wide();
        page.h1("Comparison of " + experiments.size() + " experiment" + (experiments.size() == 1 ? "" : "s"));
        page.table(table.toTable(), "wide");
        if (table.anyBest()) {
            page.muted(ComparisonTable.BEST_MARK + " marks the best value of a column among the results on the same data"
                    + " set (accuracy and ROC AUC higher, EER and loss lower).");
        }
        if (table.severalDatasets()) {
            page.muted("Results on different data sets are grouped and not ranked against each other: their figures"
                    + " come from different pairs.");
        }
        if (!table.settings().isEmpty()) {
            page.muted("Settings shown: those that differ between networks trained on the same data set (\""
                    + ComparisonTable.DEFAULT + "\": the spec leaves it at its default; " + RunDescription.NONE
                    + ": nothing is trained there).");
        }
        diff.ifPresent(d -> {
            page.h2("Against the baseline");
            page.table(d.toTable());
            page.paragraph(d.summary(tolerance));
            if (!d.unmatched().isEmpty()) {
                page.muted("Not in the baseline: " + String.join(", ", d.unmatched()));
            }
            if (!d.missing().isEmpty()) {
                page.muted("Only in the baseline: " + String.join(", ", d.missing()));
            }
        });
        page.h2("Curves");
        Map<String, List<Integer>> byDataset = new LinkedHashMap<>();
        List<RunDescription> descriptions = experiments.stream().map(e -> RunDescription.of(e.results())).toList();
        for (int i = 0; i < experiments.size(); i++) {
            byDataset.computeIfAbsent(descriptions.get(i).dataset(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : byDataset.values()) {
            if (byDataset.size() > 1) {
                page.h3("Data set " + descriptions.get(group.get(0)).datasetLabel());
            }
            page.charts(charts(experiments, labels, descriptions, group, palette));
        }
        page.h2("Files");
        files(page, experiments, outputDirectory);
        return page.html();
    }

    /**
     * The curves of one data set's experiments: their validation loss per epoch, one chart per loss (a cosface loss
     * and a contrastive loss are not on one scale), and their validation ROC curves.
     */
    private static List<HtmlPage.Chart> charts(List<ExperimentResults> experiments, List<String> labels,
                                               List<RunDescription> descriptions, List<Integer> group,
                                               Palette palette) {
        Map<String, List<Series>> lossesByType = new LinkedHashMap<>();
        List<Series> rocs = new ArrayList<>();
        for (int i : group) {
            ExperimentResults e = experiments.get(i);
            String label = labels.get(i);
            Series loss = e.results().history() == null ? null
                    : ExperimentReport.series(label, e.results().history().epochs(), EpochRecord::validationLoss);
            if (descriptions.get(i).trains() && loss != null && !loss.isEmpty()) { // a loss trained by finger has none
                lossesByType.computeIfAbsent(descriptions.get(i).loss(), k -> new ArrayList<>()).add(loss);
            }
            try {
                e.scores().map(PairScores::validation).flatMap(v -> RocCurve.of(label, v)).ifPresent(rocs::add);
            } catch (ExperimentException broken) {
                LOG.warn("{}; its ROC curve is left out", broken.getMessage()); // the table does not need it
            }
        }
        List<HtmlPage.Chart> charts = new ArrayList<>();
        lossesByType.forEach((loss, series) -> {
            String title = "Validation " + loss + " loss per epoch";
            charts.add(new HtmlPage.Chart(title, Charts.perEpoch(palette, title, loss + " loss", series)));
        });
        charts.add(new HtmlPage.Chart("Validation ROC curves", Charts.roc(palette, "Validation ROC curves", rocs)));
        return charts;
    }

    /** Each experiment's report and results, linked relative to the page, so the links survive moving the tree. */
    private static void files(HtmlPage page, List<ExperimentResults> experiments, Path outputDirectory) {
        page.raw("<table class=\"files\">\n<tr><th>experiment</th><th>report</th><th>results</th></tr>\n");
        for (ExperimentResults e : experiments) {
            Path report = e.file().resolveSibling(ExperimentReport.REPORT_FILE);
            page.raw("<tr><td>" + escape(e.name()) + "</td><td>" + (Files.isRegularFile(report)
                    ? link(outputDirectory, report) : "<span class=\"muted\">none</span>") + "</td><td>"
                    + link(outputDirectory, e.file()) + "</td></tr>\n");
        }
        page.raw("</table>\n");
    }

    private static String link(Path from, Path to) {
        String relative = from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString()
                .replace(File.separatorChar, '/');
        String href;
        try {
            href = new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(relative, e);
        }
        return "<a href=\"" + escape(href) + "\">" + escape(relative) + "</a>";
    }
}
