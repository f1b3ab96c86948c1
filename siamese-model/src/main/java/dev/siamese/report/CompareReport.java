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
import java.util.List;
import java.util.Optional;

import static dev.siamese.report.HtmlEscape.escape;

/**
 * {@code compare.html}: the comparison table, the diff against a baseline, and two overlays: every
 * experiment's validation loss per epoch, and its validation ROC curve (from the scores.json beside its
 * results, when there is one).
 */
public final class CompareReport {
    private static final Logger LOG = LoggerFactory.getLogger(CompareReport.class);
    private CompareReport() {
    }

    /** @param outputDirectory where the page goes: its links to each experiment's files are relative to it */
    public static String html(List<ExperimentResults> experiments, ComparisonTable table, Optional<BaselineDiff> diff,
                              double tolerance, Path outputDirectory) {
        Palette palette = Palette.of(experiments.stream().map(ExperimentResults::name).toList());
        HtmlPage page = new HtmlPage("Siamese comparison of " + experiments.size() + " experiments");
        page.h1("Comparison of " + experiments.size() + " experiment" + (experiments.size() == 1 ? "" : "s"));
        page.table(table.toTable());
        if (table.anyBest()) {
            page.muted(ComparisonTable.BEST_MARK + " marks the best value of a column (accuracy and ROC AUC higher, EER and loss lower).");
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
        List<Series> losses = new ArrayList<>();
        List<Series> rocs = new ArrayList<>();
        List<String> labels = SeriesLabels.of(experiments);
        for (int i = 0; i < experiments.size(); i++) {
            ExperimentResults e = experiments.get(i);
            String label = labels.get(i);
            if (e.results().history() != null) {
                losses.add(ExperimentReport.series(label, e.results().history().epochs(), EpochRecord::validationLoss));
            }
            try {
                e.scores().map(PairScores::validation).flatMap(v -> RocCurve.of(label, v)).ifPresent(rocs::add);
            } catch (ExperimentException broken) {
                LOG.warn("{}; its ROC curve is left out", broken.getMessage()); // the table does not need it
            }
        }
        page.charts(List.of(
                new HtmlPage.Chart("Validation loss per epoch", Charts.perEpoch(palette, "Validation loss per epoch", "contrastive loss", losses)),
                new HtmlPage.Chart("Validation ROC curves", Charts.roc(palette, "Validation ROC curves", rocs))));
        page.h2("Files");
        files(page, experiments, outputDirectory);
        return page.html();
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
