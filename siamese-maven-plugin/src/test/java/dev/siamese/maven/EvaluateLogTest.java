package dev.siamese.maven;

import dev.siamese.eval.DistanceSummary;
import dev.siamese.experiment.ExperimentEvaluation;
import dev.siamese.eval.PairMetrics;
import dev.siamese.results.Assessment;
import dev.siamese.results.Metrics;
import dev.siamese.results.Results;
import dev.siamese.history.History;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What siamese:evaluate logs about a run: its failure first, in lines that fit 80 columns. */
class EvaluateLogTest {
    private static PairMetrics split(double rocAuc, double eer) {
        DistanceSummary d = new DistanceSummary(10, 0.5, 0.1, 0.1, 0.9);
        return new PairMetrics(51, 36, 15, 0.2, 0.65, 0.5, rocAuc, eer, eer, eer, 0.4, 0.7, 0.4, eer, eer, eer, eer, d, d,
                List.of());
    }

    @Test
    void aModelAtChanceIsAWarningFirstAndNoLineIsWiderThanTheConsole() {
        Results r = new Results(Results.SCHEMA_VERSION, "synthetic-conv", null, "00", null, null,
                new History(List.of(), false, null), new Metrics(split(0.9711, 0.0729), split(0.5259, 0.5583)), "ab",
                null, null, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        BuildOutcome.logProse(new FittingLog(ProgressDisplayTest.printingTo(out)),
                ExperimentEvaluation.assessmentLines(Assessment.of(r)));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("[warn] Assessment: Validation at chance: ROC AUC 0.526 on the validation\n"
                + "[warn]   pairs, where 0.5 is a coin toss"), text);
        assertTrue(text.contains("[warn] Verdict: generalisation gap: TRIGGERED; validation at chance while"), text);
        for (String line : text.split("\n")) {
            String level = line.substring(1, line.indexOf(']'));
            int prefix = level.equals("warn") ? ConsoleLines.WARNING_PREFIX.length() : ConsoleLines.INFO_PREFIX.length();
            assertTrue(prefix + line.length() - line.indexOf(']') - 2 <= ConsoleLines.COLUMNS, line);
        }
    }
}
