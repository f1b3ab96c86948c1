package dev.siamese.results;

import dev.siamese.diagnostics.Diagnostics;
import dev.siamese.diagnostics.Verdict;
import dev.siamese.diagnostics.VerdictRules;
import dev.siamese.diagnostics.SplitFigures;
import dev.siamese.eval.PairMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reader should know first about a run, from its results alone: a headline, and the verdicts it rests on.
 * The {@link VerdictRules#GENERALISATION} verdict is judged here from both splits' metrics, which every run has
 * (so it needs no diagnostics and reads old results files too); the training diagnostics' verdicts follow when
 * the spec recorded them. Validation pairs at chance make the headline a failure whatever else was judged: a
 * report never reads as healthy for a model that tells unseen pairs apart no better than a coin toss.
 *
 * @param level    how the run went, the headline's colour
 * @param headline one to three sentences: what is wrong, or that nothing was found wrong
 * @param verdicts the generalisation verdict, then the diagnostics' verdicts in their order (judged again from the
 *                 recorded figures under the rules given, so that results written by an older version read as this
 *                 one judges them)
 */
public record Assessment(Level level, String headline, List<Verdict> verdicts) {

    /** How a run went, worst first. */
    public enum Level {
        /** The validation pairs are at chance: the model does not work. */
        FAILURE,
        /** Some verdict warns. */
        WARNING,
        /** Nothing warns; a verdict tells something worth knowing. */
        INFORMATION,
        /** No verdict triggered. */
        CLEAR;

        /** Lower case, for CSS classes and logs. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Assessment {
        verdicts = List.copyOf(verdicts);
    }

    /** The assessment under {@link VerdictRules#DEFAULT}, the rules every experiment runs under. */
    public static Assessment of(Results results) {
        return of(results, VerdictRules.DEFAULT);
    }

    static Assessment of(Results results, VerdictRules rules) {
        PairMetrics train = results.metrics() == null ? null : results.metrics().train();
        PairMetrics validation = results.metrics() == null ? null : results.metrics().validation();
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(rules.generalisation(figures(train), figures(validation)));
        Diagnostics diagnostics = results.diagnostics();
        if (diagnostics != null) {
            // judged again from the recorded figures, so a report re-rendered by a newer plugin judges by its rules
            verdicts.addAll(diagnostics.epochs().isEmpty() || results.history() == null
                    || results.history().epochs().isEmpty() ? diagnostics.verdicts()
                    : rules.judge(results.history(), diagnostics.epochs()));
        }
        List<String> warned = verdicts.stream().filter(Verdict::warns).map(Verdict::name).toList();
        List<Verdict> informed = verdicts.stream().filter(Verdict::informs).toList();
        String figures = validation == null ? "no validation metrics"
                : validation.rocAuc() == null ? "validation ROC AUC undefined (the validation pairs lack genuine or"
                + " impostor pairs)"
                : "validation ROC AUC " + VerdictRules.figure(validation.rocAuc()) + ", EER " + VerdictRules.figure(validation.eer());
        if (rules.atChance(figures(validation))) {
            String training = train == null || train.rocAuc() == null ? ""
                    : train.rocAuc() >= rules.learnedRocAuc() ? " The training pairs reach " + VerdictRules.figure(train.rocAuc())
                    + ": the network learned its training fingers but does not tell unseen pairs apart."
                    : rules.atChance(figures(train)) ? " The training pairs are at chance too (" + VerdictRules.figure(train.rocAuc())
                    + "): the network learned nothing."
                    : " The training pairs fare little better (" + VerdictRules.figure(train.rocAuc()) + ").";
            List<String> others = warned.stream().filter(n -> !n.equals(VerdictRules.GENERALISATION)).toList();
            return new Assessment(Level.FAILURE, "Validation at chance: ROC AUC " + VerdictRules.figure(validation.rocAuc())
                    + " on the validation pairs, where 0.5 is a coin toss (below " + VerdictRules.figure(rules.chanceRocAuc())
                    + " counts as chance)." + training + (others.isEmpty() ? ""
                    : " Triggered: " + String.join(", ", others) + "."), verdicts);
        }
        if (!warned.isEmpty()) {
            return new Assessment(Level.WARNING, (warned.size() == 1 ? "Triggered: " : warned.size()
                    + " verdicts triggered: ") + String.join(", ", warned) + "; " + figures + ".", verdicts);
        }
        if (!informed.isEmpty()) {
            return new Assessment(Level.INFORMATION, "No fault found: " + figures + ". Worth knowing: "
                    + String.join("; ", informed.stream().map(v -> v.name() + ", " + firstClause(v.explanation()))
                    .toList()) + ".", verdicts);
        }
        return new Assessment(Level.CLEAR, "No verdict triggered: " + figures + (results.diagnostics() == null
                ? " (training diagnostics not recorded: the results alone were judged)." : "."), verdicts);
    }

    /** An explanation up to its first colon: "the task was solved at initialization". */
    private static String firstClause(String explanation) {
        int colon = explanation.indexOf(':');
        return colon < 0 ? explanation : explanation.substring(0, colon);
    }

    /** Whether the run needs looking into: a failure or a warning. */
    public boolean warns() {
        return level == Level.FAILURE || level == Level.WARNING;
    }

    /** A split's threshold-free figures, as the verdicts judge them; null for no split. */
    public static SplitFigures figures(PairMetrics split) {
        return split == null ? null : new SplitFigures(split.rocAuc(), split.eer());
    }
}
