package dev.siamese.report;

import dev.siamese.ExperimentException;
import dev.siamese.results.PairScores;
import dev.siamese.train.EpochRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code compare.html}: the comparison table, the diff against a baseline, and two overlays: every
 * experiment's validation loss per epoch, and its validation ROC curve (from the scores.json beside its
 * results, when there is one).
 */
public final class CompareReport {
    private static final Logger LOG = LoggerFactory.getLogger(CompareReport.class);
    private CompareReport() {
    }

    public static String html(List<ExperimentResults> experiments, ComparisonTable table, Optional<BaselineDiff> diff,
                              double tolerance) {
        HtmlPage page = new HtmlPage("Siamese comparison of " + experiments.size() + " experiments");
        page.h1("Comparison of " + experiments.size() + " experiment" + (experiments.size() == 1 ? "" : "s"));
        page.table(table.toTable());
        page.muted(ComparisonTable.BEST_MARK + " marks the best value of a column (accuracy and ROC AUC higher, EER and loss lower).");
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
                new HtmlPage.Chart("Validation loss per epoch", Charts.lines("Validation loss per epoch", "epoch", "contrastive loss", losses)),
                new HtmlPage.Chart("Validation ROC curves", Charts.roc("Validation ROC curves", rocs))));
        page.h2("Files");
        page.table(new Table(List.of("experiment", "results"),
                experiments.stream().map(e -> List.of(e.name(), e.file().toString())).toList(), List.of(false, false)));
        return page.html();
    }
}
