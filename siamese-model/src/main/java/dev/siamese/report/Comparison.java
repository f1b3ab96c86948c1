package dev.siamese.report;

import dev.siamese.ExperimentException;
import dev.siamese.GateOutcome;
import dev.siamese.Line;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares experiments' results (and, given a baseline, diffs them against it) and writes
 * {@value #MARKDOWN_FILE} and {@value #HTML_FILE}. Console output is returned as lines for the caller
 * to log.
 */
public final class Comparison {
    public static final String MARKDOWN_FILE = "compare.md";
    public static final String HTML_FILE = "compare.html";
    private static final Logger LOG = LoggerFactory.getLogger(Comparison.class);

    /**
     * @param metrics     the columns; empty: {@link ComparisonTable#DEFAULT_METRICS}
     * @param onlyChanged drop columns equal in every row
     * @param tolerance   how much worse than the baseline a metric may be (absolute)
     */
    public record Options(List<String> metrics, boolean onlyChanged, double tolerance) {
        public Options {
            metrics = metrics.isEmpty() ? ComparisonTable.DEFAULT_METRICS : List.copyOf(metrics);
            if (!(tolerance >= 0)) {
                throw new ExperimentException("tolerance must be 0 or more, got " + tolerance);
            }
        }
    }

    /**
     * @param heading     what was compared: how many experiments, against how many baseline results
     * @param console     the lines to show: table, then the diff and its summary when there is a baseline
     * @param regressions metrics worse than the baseline beyond the tolerance
     * @param tolerance   the tolerance they were judged with
     * @param summary     one line on the baseline comparison, empty without a baseline
     */
    public record Outcome(String heading, List<String> console, List<Change> regressions, double tolerance,
                          Optional<String> summary, Path markdown, Path html) {

        /** What the build tells: heading, table and files written; a failure per regression; the summary. */
        public GateOutcome gate() {
            List<Line> lines = new ArrayList<>();
            lines.add(Line.info(heading));
            console.forEach(l -> lines.add(Line.info(l)));
            lines.add(Line.info("Wrote " + markdown + " and " + html));
            return new GateOutcome(lines, regressions.stream().map(r -> "Regression: " + r.describe(tolerance)).toList(),
                    summary.orElse(null), null);
        }
    }

    /**
     * Compares the results files {@code results} names below {@code base} (comma-separated files, folders or glob
     * patterns: {@link ResultsFinder}) and diffs them against those {@code baseline} names, when it names any.
     */
    public Outcome run(Path base, String results, String baseline, Options options, Path outputDirectory) {
        List<Path> baselineFiles = baseline == null || baseline.isBlank() ? List.of()
                : ResultsFinder.find(base, ResultsFinder.split(baseline));
        return run(ResultsFinder.find(base, ResultsFinder.split(results)), baselineFiles, options, outputDirectory);
    }

    public Outcome run(List<Path> results, List<Path> baseline, Options options, Path outputDirectory) {
        List<ExperimentResults> experiments = ExperimentResults.readAll(results);
        experiments.stream().collect(Collectors.groupingBy(ExperimentResults::name))
                .forEach((name, same) -> {
                    if (same.size() > 1) {
                        LOG.warn("{} results files name experiment {}: {}", same.size(), name,
                                same.stream().map(e -> e.file().toString()).toList());
                    }
                });
        ComparisonTable table = ComparisonTable.of(experiments, options.metrics(), options.onlyChanged());
        Optional<BaselineDiff> diff = baseline.isEmpty() ? Optional.empty()
                : Optional.of(BaselineDiff.of(experiments, ExperimentResults.readAll(baseline), options.metrics()));

        List<String> console = new ArrayList<>(TextTable.render(table.toTable()));
        if (table.metrics().isEmpty()) {
            console.add("(every metric is equal in all experiments)");
        }
        StringBuilder md = new StringBuilder("### Siamese: " + experiments.size() + " experiment"
                + (experiments.size() == 1 ? "" : "s") + "\n\n");
        md.append(MarkdownTable.render(table.toTable()));
        if (table.anyBest()) {
            md.append("\n").append(MarkdownTable.escape(ComparisonTable.BEST_MARK)).append(" best of the column")
                    .append(table.severalDatasets() ? " among the results on the same data set" : "").append('\n');
        }
        Optional<String> summary = Optional.empty();
        List<Change> regressions = List.of();
        if (diff.isPresent()) {
            BaselineDiff d = diff.get();
            regressions = d.regressions(options.tolerance());
            summary = Optional.of(d.summary(options.tolerance()));
            console.add("");
            console.add("Against the baseline (▲ better, ▼ worse, = same):");
            console.addAll(TextTable.render(d.toTable()));
            md.append("\n#### Against the baseline\n\n").append(MarkdownTable.render(d.toTable()))
                    .append("\n▲ better, ▼ worse, = same. ").append(MarkdownTable.escape(summary.get())).append('\n');
            for (String name : d.unmatched()) {
                LOG.warn("{}: not in the baseline, not compared", name);
            }
            for (String name : d.missing()) {
                LOG.warn("{}: in the baseline only", name);
            }
        }
        Path markdown = ReportFiles.write(outputDirectory.resolve(MARKDOWN_FILE), md.toString());
        Path html = ReportFiles.write(outputDirectory.resolve(HTML_FILE),
                CompareReport.html(experiments, table, diff, options.tolerance(), outputDirectory));
        String heading = "Comparing " + results.size() + " experiment" + (results.size() == 1 ? "" : "s")
                + (baseline.isEmpty() ? "" : " against " + baseline.size() + " baseline result"
                + (baseline.size() == 1 ? "" : "s"));
        return new Outcome(heading, console, regressions, options.tolerance(), summary, markdown, html);
    }
}
