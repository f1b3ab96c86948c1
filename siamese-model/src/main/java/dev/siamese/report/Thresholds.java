package dev.siamese.report;

import dev.siamese.distance.MatchRule;
import dev.siamese.eval.OperatingThreshold;
import dev.siamese.eval.ScoredPairs;
import dev.siamese.results.PairScores;
import dev.siamese.results.PairScores.ScoredPair;
import dev.siamese.results.Results;
import dev.siamese.spec.EvaluationSpec;
import dev.siamese.spec.OperatingPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two thresholds a report speaks of, and how each splits both sets of pairs. The operating threshold is the one
 * a trained model is used at: chosen at the spec's {@code evaluation.operatingPoint} on the validation pairs by
 * {@link OperatingThreshold#choose}, as {@code siamese:evaluate} chooses the one it writes to {@code matcher.json}
 * and {@code siamese:match} decides at. The spec's {@code evaluation.threshold} (the seed's 0.5 unless it says
 * otherwise) is the one results.json's {@code accuracy} is measured at. The report names both, and judges its sample
 * pairs at the operating threshold when there is one.
 *
 * @param operating the operating threshold; empty without scores or without genuine and impostor validation pairs
 * @param spec      the spec's threshold
 */
record Thresholds(Optional<Row> operating, Row spec) {
    static final String OPERATING = "operating threshold";
    static final String SPEC = "evaluation.threshold";

    /**
     * A threshold and how it splits each set of pairs.
     *
     * @param threshold  a pair matches when its distance is below it
     * @param name       its short name: {@code operating threshold} or {@code evaluation.threshold}
     * @param what       what it is, in words
     * @param train      the rates on the training pairs (NaN without scores)
     * @param validation the rates on the validation pairs
     */
    record Row(double threshold, String name, String what, Rates train, Rates validation) {
    }

    /** False match rate, false non-match rate and accuracy at a threshold; NaN where undefined. */
    record Rates(double fmr, double fnmr, double accuracy) {
        static final Rates UNKNOWN = new Rates(Double.NaN, Double.NaN, Double.NaN);

        static Rates at(List<ScoredPair> pairs, double threshold) {
            if (pairs.isEmpty()) {
                return UNKNOWN;
            }
            OperatingThreshold rates = OperatingThreshold.at(PairScores.scored(pairs), threshold);
            long right = pairs.stream().filter(p -> MatchRule.judgedRight(p.distance(), p.label(), threshold)).count();
            return new Rates(rates.fmr(), rates.fnmr(), right / (double) pairs.size());
        }
    }

    /**
     * @param matcherFile whether {@code matcher.json} lies beside the results (a network alone writes one)
     */
    static Thresholds of(Results results, Optional<PairScores> scores, boolean matcherFile) {
        EvaluationSpec evaluation = EvaluationSpec.ofResolved(results.spec());
        double specThreshold = results.metrics() != null && results.metrics().validation() != null
                ? results.metrics().validation().threshold() : evaluation.threshold();
        Row spec = row(specThreshold, SPEC, "the spec's evaluation.threshold: results.json's accuracy is measured here",
                scores);
        Optional<Row> operating = scores.flatMap(s -> choose(s.validation(), evaluation.operatingPoint()))
                .map(t -> row(t, OPERATING, describe(evaluation.operatingPoint(), matcherFile), scores));
        return new Thresholds(operating, spec);
    }

    private static Optional<Double> choose(List<ScoredPair> validation, OperatingPoint point) {
        ScoredPairs pairs = PairScores.scored(validation);
        boolean bothKinds = validation.stream().map(ScoredPair::label).distinct().count() == 2;
        return bothKinds ? Optional.of(OperatingThreshold.choose(pairs, point).threshold()) : Optional.empty();
    }

    private static String describe(OperatingPoint point, boolean matcherFile) {
        String where = point.isEer() ? "the equal-error point of the validation pairs (operatingPoint eer)"
                : "the lowest FNMR at a validation FMR of at most " + Numbers.shortest(point.targetFmr())
                + " (operatingPoint " + point.describe() + ")";
        return "the threshold the model is used at: " + where + (matcherFile ? "; in matcher.json: siamese:match decides here"
                : "; no matcher.json (these distances are not a network's alone): where a matcher would decide");
    }

    private static Row row(double threshold, String name, String what, Optional<PairScores> scores) {
        return new Row(threshold, name, what, scores.map(s -> Rates.at(s.train(), threshold)).orElse(Rates.UNKNOWN),
                scores.map(s -> Rates.at(s.validation(), threshold)).orElse(Rates.UNKNOWN));
    }

    /** Whether the two thresholds differ (the report then shows both). */
    boolean differ() {
        return operating.isPresent() && operating.get().threshold() != spec.threshold();
    }

    /** The threshold the report judges pairs at: the operating one when there is one. */
    Row judging() {
        return operating.orElse(spec);
    }

    /** The rows: the operating threshold first, then the spec's when it differs. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        operating.ifPresent(rows::add);
        if (rows.isEmpty() || differ()) {
            rows.add(spec);
        }
        return rows;
    }

    Table table() {
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows()) {
            cells.add(List.of(r.name(), Numbers.significant(r.threshold()), r.what(), Numbers.fixed(r.validation().fmr()),
                    Numbers.fixed(r.validation().fnmr()), Numbers.fixed(r.validation().accuracy()),
                    Numbers.fixed(r.train().fmr()), Numbers.fixed(r.train().fnmr()), Numbers.fixed(r.train().accuracy())));
        }
        return new Table(List.of("threshold", "value", "what it is", "validation FMR", "validation FNMR", "validation accuracy",
                "train FMR", "train FNMR", "train accuracy"), cells,
                List.of(false, true, false, true, true, true, true, true, true));
    }
}
