package dev.siamese.results;

import dev.siamese.spec.Expectation;
import dev.siamese.spec.Expectation.Direction;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectationCheckerTest {
    private static MetricSource source(Map<String, Double> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    private final MetricSource baseline = source(Map.of("validation.accuracy", 0.97, "validation.eer", 0.10));
    private final ExpectationChecker checker = new ExpectationChecker(path -> baseline);

    @Test
    void everyMissedLimitIsOneViolationWithActualLimitAndMargin() {
        MetricSource results = source(Map.of("validation.accuracy", 0.5417, "train.loss", 0.25));
        CheckReport report = checker.check(List.of(
                Expectation.limits("validation.accuracy", 0.99, null),
                Expectation.limits("train.loss", null, 0.3),
                Expectation.limits("train.loss", 0.26, 0.2)), results);
        assertFalse(report.passed());
        assertEquals(4, report.checked());
        assertEquals(3, report.violations().size());
        assertEquals("validation.accuracy is 0.5417, expected >= 0.9900, missed by 0.4483", report.violations().get(0).describe());
        assertEquals("train.loss is 0.2500, expected >= 0.2600, missed by 0.01000", report.violations().get(1).describe());
        assertEquals("train.loss is 0.2500, expected <= 0.2000, missed by 0.05000", report.violations().get(2).describe());
        assertEquals("3 of 4 expectation limits missed: validation.accuracy; train.loss", report.summary());
    }

    @Test
    void allMetSaysSo() {
        CheckReport report = checker.check(List.of(Expectation.limits("validation.accuracy", 0.5, 0.6)),
                source(Map.of("validation.accuracy", 0.55)));
        assertTrue(report.passed());
        assertEquals("All 2 expectation limits met", report.summary());
    }

    @Test
    void aCeilingOnWhatShouldBeHighDocumentsAFailureNotASuccess() {
        Expectation ceiling = Expectation.limits("validation.rocAuc", null, 0.7);
        assertTrue(ceiling.documentsFailure(), "max alone on a higher-is-better metric");
        assertTrue(Expectation.limits("validation.eer", 0.3, null).documentsFailure(), "min alone on a lower-is-better one");
        assertFalse(Expectation.limits("validation.rocAuc", 0.99, null).documentsFailure(), "a floor asks for success");
        assertFalse(Expectation.limits("validation.rocAuc", 0.5, 0.7).documentsFailure(), "a band says where it lies");
        assertFalse(Expectation.limits("validation.eerThreshold", null, 0.7).documentsFailure(), "no better side");
        List<ExpectationOutcome> outcomes = checker.checkEach(List.of(ceiling, Expectation.limits("train.accuracy", 0.9, null)),
                source(Map.of("validation.rocAuc", 0.5259, "train.accuracy", 0.95)));
        assertTrue(outcomes.get(0).met() && outcomes.get(0).metDocumentingFailure(), "met: the failure is still there");
        assertFalse(outcomes.get(1).metDocumentingFailure());
        List<ExpectationOutcome> fixed = checker.checkEach(List.of(ceiling), source(Map.of("validation.rocAuc", 0.93)));
        assertFalse(fixed.get(0).met() || fixed.get(0).metDocumentingFailure(), "a fixed failure misses the ceiling");
    }

    @Test
    void undefinedMetricViolatesItsLimit() {
        CheckReport report = checker.check(List.of(Expectation.limits("validation.rocAuc", 0.9, null)), source(Map.of()));
        assertEquals("validation.rocAuc is undefined, expected >= 0.9000", report.violations().get(0).describe());
    }

    @Test
    void baselineRegressionsRespectDirectionAndTolerance() {
        Path base = Path.of("base", "results.json");
        Expectation acc = new Expectation("validation.accuracy", null, null, base, 0.02, false, Direction.HIGHER, "");
        Expectation eerRel = new Expectation("validation.eer", null, null, base, 0.5, true, Direction.LOWER, "keep EER");
        assertTrue(checker.check(List.of(acc, eerRel), source(Map.of("validation.accuracy", 0.955, "validation.eer", 0.149))).passed());
        CheckReport bad = checker.check(List.of(acc, eerRel), source(Map.of("validation.accuracy", 0.94, "validation.eer", 0.16)));
        assertEquals(2, bad.violations().size());
        assertEquals("validation.accuracy is 0.9400, expected >= 0.9500 (baseline 0.9700 - 0.02000, results.json), missed by 0.01000",
                bad.violations().get(0).describe());
        assertEquals("validation.eer is 0.1600, expected <= 0.1500 (baseline 0.1000 + 50.00%, results.json), missed by 0.01000 (keep EER)",
                bad.violations().get(1).describe());
    }
}
