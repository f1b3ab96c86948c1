package dev.siamese.results;

import dev.siamese.diagnostics.Diagnostics;
import dev.siamese.diagnostics.DistanceFigures;
import dev.siamese.diagnostics.EmbeddingFigures;
import dev.siamese.diagnostics.EpochDiagnostics;
import dev.siamese.diagnostics.LayerFigures;
import dev.siamese.diagnostics.Verdict;
import dev.siamese.diagnostics.VerdictRules;
import dev.siamese.eval.DistanceSummary;
import dev.siamese.eval.PairMetrics;
import dev.siamese.history.EpochRecord;
import dev.siamese.history.History;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A headline that never reads healthy for a model at chance, and verdicts on threshold-free figures. */
class AssessmentTest {
    private static final VerdictRules RULES = VerdictRules.DEFAULT;

    /** Metrics with the threshold-free figures that matter here; accuracy at the spec's threshold as given. */
    static PairMetrics split(double accuracy, Double rocAuc, Double eer) {
        DistanceSummary d = new DistanceSummary(10, 0.5, 0.1, 0.1, 0.9);
        return new PairMetrics(20, 10, 10, 0.2, accuracy, 0.5, rocAuc, eer, eer, eer, 0.4, accuracy, 0.4, eer, eer, eer,
                eer, d, d, List.of());
    }

    static Results results(PairMetrics train, PairMetrics validation, Diagnostics diagnostics, History history) {
        return new Results(Results.SCHEMA_VERSION, "x", null, "00", null, null, history, new Metrics(train, validation),
                "ab", null, diagnostics, null);
    }

    static Results results(PairMetrics train, PairMetrics validation) {
        return results(train, validation, null, new History(List.of(), false, null));
    }

    @Test
    void validationAtChanceWhileTrainingLearnedTriggersWhereTheAccuracyGapDidNot() {
        // synthetic-conv at CI size: accuracy 0.81 against 0.65 at 0.5 (gap 0.165, under the overfitting rule's 0.2)
        Verdict v = RULES.generalisation(Assessment.figures(split(0.8125, 0.9711, 0.0729)), Assessment.figures(split(0.6471, 0.5259, 0.5583)));
        assertTrue(v.warns(), v.toString());
        assertTrue(v.explanation().startsWith("validation at chance while training learned"), v.explanation());
        assertTrue(v.explanation().contains("ROC AUC 0.971 on the training pairs, 0.526 on the validation pairs"),
                v.explanation());
        Verdict gap = RULES.generalisation(Assessment.figures(split(1, 1.0, 0.0)), Assessment.figures(split(0.82, 0.7685, 0.2583)));
        assertTrue(gap.warns() && gap.explanation().contains("gap 0.232"), "a ROC AUC gap above 0.15: " + gap);
        Verdict eerGap = RULES.generalisation(Assessment.figures(split(1, 0.99, 0.02)), Assessment.figures(split(0.9, 0.90, 0.19)));
        assertTrue(eerGap.warns(), "an EER gap above 0.15 alone: " + eerGap);
        assertFalse(RULES.generalisation(Assessment.figures(split(0.8, 0.852, 0.208)), Assessment.figures(split(0.2, 0.788, 0.293))).triggered(),
                "heldout-ridge-period: gaps 0.065 and 0.085 within the limit, whatever the accuracy at 0.5");
        assertFalse(RULES.generalisation(Assessment.figures(split(0.5, 0.5, 0.5)), Assessment.figures(split(0.8, 0.5, 0.5))).triggered(),
                "both at chance: nothing learned to generalise (the headline says what is wrong)");
        assertEquals("not judged: ROC AUC and EER need genuine and impostor pairs in both splits",
                RULES.generalisation(Assessment.figures(split(1, 1.0, 0.0)), Assessment.figures(split(1, null, null))).explanation());
    }

    @Test
    void aValidationAtChanceHeadlinesAFailureWithOrWithoutDiagnostics() {
        Assessment conv = Assessment.of(results(split(0.8125, 0.9711, 0.0729), split(0.6471, 0.5259, 0.5583)));
        assertEquals(Assessment.Level.FAILURE, conv.level());
        assertEquals("Validation at chance: ROC AUC 0.526 on the validation pairs, where 0.5 is a coin toss (below 0.600"
                + " counts as chance). The training pairs reach 0.971: the network learned its training fingers but does"
                + " not tell unseen pairs apart.", conv.headline());
        assertTrue(conv.verdicts().get(0).warns(), "the generalisation verdict it rests on");
        Assessment nothing = Assessment.of(results(split(0.67, 0.5, 0.5), split(0.83, 0.5, 0.5)));
        assertEquals(Assessment.Level.FAILURE, nothing.level());
        assertTrue(nothing.headline().contains("The training pairs are at chance too (0.500): the network learned"
                + " nothing."), nothing.headline());
        Assessment weak = Assessment.of(results(split(0.5, 0.6128, 0.458), split(0.2, 0.5708, 0.444)));
        assertTrue(weak.warns() && weak.headline().contains("The training pairs fare little better (0.613)"),
                "heldout-rendering: " + weak.headline());
    }

    @Test
    void aHealthyRunIsClearAndAGapAloneWarns() {
        Assessment fine = Assessment.of(results(split(1, 0.9998, 0.004), split(0.99, 0.9997, 0.005)));
        assertEquals(Assessment.Level.CLEAR, fine.level());
        assertEquals("No verdict triggered: validation ROC AUC 1.00, EER 0.00500 (training diagnostics not recorded: the"
                + " results alone were judged).", fine.headline());
        Assessment gap = Assessment.of(results(split(1, 1.0, 0.0), split(0.82, 0.7685, 0.2583)));
        assertEquals(Assessment.Level.WARNING, gap.level());
        assertEquals("Triggered: generalisation gap; validation ROC AUC 0.769, EER 0.258.", gap.headline());
    }

    @Test
    void aTaskSolvedAtInitializationIsInformationNotAWarning() {
        // stripes-dense-1: identical scans, the untrained dense layer already maps the two fingers far apart
        List<EpochDiagnostics> epochs = new ArrayList<>();
        List<EpochRecord> records = new ArrayList<>();
        for (int e = 1; e <= 3; e++) {
            epochs.add(new EpochDiagnostics(e, List.of(new LayerFigures("branch0_dense", "relu", 128, 3276928, 0.0, 0.0,
                    5.0, 0.0, 0.34, null, 0.2)), new EmbeddingFigures(24, 128, 9.13, 0.182, 2),
                    new DistanceFigures(24, 0.000316, 6.53, 0.67), 0.4));
            records.add(new EpochRecord(e, 6.667e-8, 8.333e-8, 1.0, 1.0));
        }
        History history = new History(records, false, null);
        Diagnostics recorded = new Diagnostics(epochs, RULES, List.of()); // judged again from the figures
        Assessment a = Assessment.of(results(split(1, 1.0, 0.0), split(1, 1.0, 0.0), recorded, history));
        assertEquals(Assessment.Level.INFORMATION, a.level(), a.headline());
        assertTrue(a.headline().startsWith("No fault found: validation ROC AUC 1.00, EER 0. Worth knowing: no learning,"
                + " the task was solved at initialization."), a.headline());
        Verdict noLearning = a.verdicts().stream().filter(v -> v.name().equals(VerdictRules.NO_LEARNING)).findFirst()
                .orElseThrow();
        assertTrue(noLearning.informs() && !noLearning.warns(), noLearning.toString());
        assertEquals("information, not a fault", noLearning.state());
        assertTrue(noLearning.explanation().contains("the untrained network already judges every training pair right"),
                noLearning.explanation());
        assertEquals(List.of(), a.verdicts().stream().filter(Verdict::warns).toList());
    }
}
