package dev.siamese.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineDiffTest {
    private static ExperimentResults exp(String name, double acc, Double eer, double loss) {
        return new ExperimentResults(Path.of(name, "results.json"), Fixtures.results(name, acc, 0.99, eer, loss, 1.0));
    }

    private static final List<String> METRICS = List.of("validation.accuracy", "validation.eer", "validation.loss", "validation.eerThreshold");

    @Test
    void marksChangesByDirectionAndMatchesByName() {
        BaselineDiff diff = BaselineDiff.of(List.of(exp("a", 0.91, 0.01, 0.05), exp("new-one", 0.9, 0.1, 0.1)),
                List.of(exp("a", 0.98, 0.05, 0.05), exp("gone", 0.9, 0.1, 0.1)), METRICS);
        assertEquals(List.of("new-one"), diff.unmatched());
        assertEquals(List.of("gone"), diff.missing());
        assertEquals(4, diff.changes().size());
        assertEquals(Change.Mark.WORSE, diff.changes().get(0).mark(), "accuracy down");
        assertEquals(Change.Mark.BETTER, diff.changes().get(1).mark(), "EER down");
        assertEquals(Change.Mark.SAME, diff.changes().get(2).mark());
        assertEquals(Change.Mark.SAME, diff.changes().get(3).mark());
        List<String> lines = TextTable.render(diff.toTable());
        assertEquals("a           validation.accuracy        0.9800  0.9100  −0.0700  ▼", lines.get(2));
        assertEquals("a           validation.eer             0.0500  0.0100  −0.0400  ▲", lines.get(3));
    }

    @Test
    void regressionBeyondToleranceOnly() {
        BaselineDiff diff = BaselineDiff.of(List.of(exp("a", 0.91, 0.055, 0.06)), List.of(exp("a", 0.98, 0.05, 0.04)), METRICS);
        List<Change> regressions = diff.regressions(0.01);
        assertEquals(List.of("validation.accuracy", "validation.loss"), regressions.stream().map(Change::metric).toList(),
                "EER worse by 0.005 is within tolerance, loss by 0.02 is not");
        assertEquals("a validation.accuracy 0.98 → 0.91 (−0.07, tolerance 0.01)", regressions.get(0).describe(0.01));
        assertEquals(3, diff.regressions(0).size());
        assertTrue(diff.regressions(0.1).isEmpty());
        assertEquals("2 of 4 values regressed against the baseline beyond tolerance 0.01: a validation.accuracy; a validation.loss",
                diff.summary(0.01));
    }

    @Test
    void exactlyTheToleranceIsAccepted() {
        BaselineDiff diff = BaselineDiff.of(List.of(exp("a", 0.97, 0.05, 0.05)), List.of(exp("a", 0.98, 0.05, 0.04)), METRICS);
        assertTrue(diff.regressions(0.01).isEmpty(), "0.98 → 0.97 and 0.04 → 0.05 are worse by exactly the tolerance");
    }

    @Test
    void aValueThatBecameUndefinedRegresses() {
        BaselineDiff diff = BaselineDiff.of(List.of(exp("a", 0.98, null, 0.05)), List.of(exp("a", 0.98, 0.05, 0.05)),
                List.of("validation.eer"));
        assertEquals(Change.Mark.UNDEFINED, diff.changes().get(0).mark());
        assertEquals(1, diff.regressions(0.5).size());
    }

    @Test
    void oneAgainstOneMatchesWhateverTheNames() {
        BaselineDiff diff = BaselineDiff.of(List.of(exp("today", 0.9, 0.1, 0.1)), List.of(exp("yesterday", 0.95, 0.1, 0.1)), METRICS);
        assertEquals(4, diff.changes().size());
        assertTrue(diff.unmatched().isEmpty() && diff.missing().isEmpty());
    }
}
