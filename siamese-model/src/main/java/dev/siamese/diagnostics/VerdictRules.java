package dev.siamese.diagnostics;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.history.EpochRecord;
import dev.siamese.history.History;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every threshold of the diagnostics in one place, and the rules that turn recorded figures and the history
 * into {@link Verdict}s, and the threshold-free metrics of both splits into the {@link #GENERALISATION} verdict.
 * {@link #DEFAULT} is what experiments use; results.json stores the values used.
 *
 * @param saturationLevel           a tanh output is saturated when {@code |a|} exceeds this (sigmoid: {@code |2a−1|})
 * @param saturatedShareOfImages    a unit is saturated when saturated on at least this share of the training images
 * @param distinctTolerance         two embeddings are the same when their L2 distance is at most this times
 *                                  {@code max(1, mean embedding norm)}
 * @param floorDistance             a pair sits at the distance floor when {@code d} is at most this
 *                                  ({@code sqrt(1e−7) · 1.0001}): there {@code max(Σ(a−b)², 1e−7)} passes no gradient
 * @param noLearningMaxUpdateRatio  "no learning": every layer's ‖Δw‖/‖w‖ in every epoch below this ...
 * @param noLearningMaxLossChange   ... and the training loss never further than this from epoch 1's
 * @param solvedMaxLoss             "no learning" says "solved at initialization" when epoch 1 has train accuracy 1
 *                                  and a training loss at most this
 * @param spreadLostShare           "no learning" names the first layer whose output spread is below this share of
 *                                  the input's: there the images already look alike
 * @param vanishingMaxSignalRatio   "vanishing gradients": median over high-loss epochs of (first layer's backward
 *                                  signal / last layer's) below this, where a layer's backward signal is its
 *                                  {@code gradientRms} divided by the spread of its input (the previous layer's
 *                                  {@code outputStd}, the input's for the first): a weight's gradient is the signal
 *                                  arriving from above times the input it multiplies, so this compares like with like
 *                                  across layers of any size; epochs where the first layer's gradient is exactly 0 or
 *                                  its ReLUs are dead (above {@code deadFraction}) are left out: that is dead units
 * @param highLoss                  a training loss at least this counts as high (the margin is 1 in every preset:
 *                                  a loss of 0.05 is far from solved)
 * @param deadFraction              "dead units": some ReLU layer with more than this share of dead units at the end
 * @param saturatedFraction         "saturated units": some tanh / sigmoid layer with more than this share saturated
 * @param collapseMaxDistinct       "embedding collapse": at most this many distinct embeddings ...
 * @param collapseMaxDimensionStd   ... or a mean per-dimension standard deviation below this, at the end
 * @param explodingGrowth           "exploding / NaN loss": a non-finite loss, gradient or weight norm, or the last
 *                                  epoch's training loss above this times {@code max(epoch 1's loss, 0.01)}
 * @param spikeGrowth               "loss spike": some epoch's training loss above this times
 *                                  {@code max(epoch 1's loss, 0.01)} in a run whose last loss is not exploding
 * @param overfittingGap            "overfitting": final train accuracy above validation accuracy by more than this,
 *                                  with the training loss below epoch 1's ...
 * @param overfittingValidationRise ... and the final validation loss above its minimum by more than this share
 * @param chanceRocAuc              a split whose ROC AUC is below this is at chance: 0.5 is a coin toss, and a
 *                                  matcher this close to it tells nobody apart
 * @param learnedRocAuc             "generalisation gap": training pairs at this ROC AUC or above count as learned, so
 *                                  validation pairs at chance beside them mean the network does not generalise ...
 * @param generalisationGap         ... as does a training ROC AUC above the validation one, or a validation EER above
 *                                  the training one, by more than this
 */
public record VerdictRules(double saturationLevel, double saturatedShareOfImages, double distinctTolerance,
                           double floorDistance, double noLearningMaxUpdateRatio, double noLearningMaxLossChange,
                           double solvedMaxLoss, double spreadLostShare, double vanishingMaxSignalRatio,
                           double highLoss, double deadFraction, double saturatedFraction, int collapseMaxDistinct,
                           double collapseMaxDimensionStd, double explodingGrowth, double spikeGrowth,
                           double overfittingGap, double overfittingValidationRise, double chanceRocAuc,
                           double learnedRocAuc, double generalisationGap) {

    public static final VerdictRules DEFAULT = new VerdictRules(0.97, 0.95, 1e-6,
            Math.sqrt(EmbeddingDistance.EPSILON) * 1.0001, 1e-6, 1e-6, 1e-3, 1e-3, 1e-2, 0.05, 0.9, 0.9, 1, 1e-6, 100,
            1000, 0.2, 0.05, 0.6, 0.8, 0.15);

    public static final String NO_LEARNING = "no learning";
    public static final String VANISHING_GRADIENTS = "vanishing gradients";
    public static final String DEAD_UNITS = "dead units";
    public static final String SATURATED_UNITS = "saturated units";
    public static final String EMBEDDING_COLLAPSE = "embedding collapse";
    public static final String EXPLODING = "exploding / NaN loss";
    public static final String LOSS_SPIKE = "loss spike";
    public static final String OVERFITTING = "overfitting";
    public static final String GENERALISATION = "generalisation gap";

    /** All verdicts, in a fixed order, for a run with these figures. */
    public List<Verdict> judge(History history, List<EpochDiagnostics> epochs) {
        List<Verdict> out = new ArrayList<>();
        if (history.epochs().isEmpty() || epochs.isEmpty()) {
            for (String n : List.of(NO_LEARNING, VANISHING_GRADIENTS, DEAD_UNITS, SATURATED_UNITS, EMBEDDING_COLLAPSE,
                    EXPLODING, LOSS_SPIKE, OVERFITTING)) {
                out.add(new Verdict(n, false, "not judged: no epoch recorded"));
            }
            return out;
        }
        out.add(noLearning(history, epochs));
        out.add(vanishing(history, epochs));
        out.add(deadUnits(epochs));
        out.add(saturatedUnits(epochs));
        out.add(collapse(epochs));
        out.add(exploding(history, epochs));
        out.add(spike(history));
        out.add(overfitting(history));
        return out;
    }

    Verdict noLearning(History history, List<EpochDiagnostics> epochs) {
        double maxRatio = 0;
        String maxLayer = "-";
        for (EpochDiagnostics e : epochs) {
            for (LayerFigures l : e.layers()) {
                if (l.updateRatio() != null && !(l.updateRatio() <= maxRatio)) {
                    maxRatio = l.updateRatio();
                    maxLayer = l.layer();
                }
            }
        }
        EpochRecord first = history.epochs().get(0);
        double lossChange = 0;
        for (EpochRecord r : history.epochs()) {
            double c = Math.abs(r.trainLoss() - first.trainLoss());
            if (!(c <= lossChange)) {
                lossChange = c;
            }
        }
        boolean triggered = maxRatio < noLearningMaxUpdateRatio && lossChange < noLearningMaxLossChange;
        String figures = String.format(Locale.ROOT, "largest relative weight change in an epoch %s (%s); training loss"
                        + " %s in epoch 1, at most %s away from it over %d epochs", g(maxRatio), maxLayer,
                g(first.trainLoss()), g(lossChange), history.epochs().size());
        if (!triggered) {
            return new Verdict(NO_LEARNING, false, figures);
        }
        EpochDiagnostics e1 = epochs.get(0);
        if (first.trainAccuracy() >= 1.0 && first.trainLoss() <= solvedMaxLoss) {
            // the untrained network is already right: information about the task, not a fault of the network
            DistanceFigures d = e1.trainPairs();
            return new Verdict(NO_LEARNING, true, String.format(Locale.ROOT, "the task was solved at initialization:"
                            + " the untrained network already judges every training pair right (train accuracy %s, loss"
                            + " %s after epoch 1; genuine pairs at mean distance %s, impostor pairs at %s; %s of the"
                            + " training pairs at the distance floor), so no pair passes a gradient and there is nothing"
                            + " left to learn; the weights and the loss did not change: %s", g(first.trainAccuracy()),
                    g(first.trainLoss()), g(d.genuineMean()), g(d.impostorMean()), pct(d.floorShare()), figures), true);
        }
        return new Verdict(NO_LEARNING, true, "the weights and the loss did not change: " + figures
                + String.format(Locale.ROOT, "; train accuracy %s after epoch 1", g(first.trainAccuracy()))
                + stuckBecause(e1));
    }

    /**
     * Why a network that did not learn and did not solve the task is stuck, from epoch 1's figures: the weights
     * did not move, so they are the initialization's.
     */
    private String stuckBecause(EpochDiagnostics e1) {
        DistanceFigures d = e1.trainPairs();
        boolean noGradient = e1.layers().stream().filter(l -> l.gradientNorm() != null)
                .allMatch(l -> l.gradientNorm() == 0);
        StringBuilder why = new StringBuilder();
        if (d.floorShare() >= 1.0) {
            why.append(String.format(Locale.ROOT, "; collapsed at initialization: %s of %d training pairs at the 1e-7"
                    + " distance floor (genuine mean %s, impostor mean %s), where max(·, 1e-7) passes no gradient",
                    pct(d.floorShare()), d.pairs(), g(d.genuineMean()), g(d.impostorMean())));
        }
        why.append(noGradient ? "; every layer's gradient is exactly 0" : String.format(Locale.ROOT,
                "; gradients too small to move the weights (largest gradient RMS %s)", g(e1.layers().stream()
                        .map(LayerFigures::gradientRms).filter(v -> v != null).max(Double::compare).orElse(null))));
        if (e1.inputStd() == null) {
            return why.toString();
        }
        String lost = null;
        StringBuilder chain = new StringBuilder("input " + g(e1.inputStd()));
        for (LayerFigures l : e1.layers()) {
            if (l.outputStd() == null) {
                continue;
            }
            chain.append(", ").append(l.layer()).append(' ').append(g(l.outputStd()));
            if (lost == null && l.outputStd() < spreadLostShare * e1.inputStd()) {
                lost = l.layer();
            }
        }
        why.append(lost == null
                ? String.format(Locale.ROOT, "; no layer's output spread fell below %s of the input's (%s)",
                        g(spreadLostShare), chain)
                : String.format(Locale.ROOT, "; %s's output already lost the input's variance (spread below %s of"
                        + " the input's; spread across images: %s)", lost, g(spreadLostShare), chain));
        return why.toString();
    }

    Verdict vanishing(History history, List<EpochDiagnostics> epochs) {
        List<Double> ratios = new ArrayList<>();
        String quoted = null;
        int deadFirst = 0;
        for (EpochDiagnostics e : epochs) {
            EpochRecord r = record(history, e.epoch());
            List<LayerSignal> signals = signals(e);
            if (signals.size() < 2 || r == null || !(r.trainLoss() >= highLoss)) {
                continue;
            }
            LayerSignal f = signals.get(0);
            LayerSignal l = signals.get(signals.size() - 1);
            if (!(l.signal() > 0) || !Double.isFinite(f.signal()) || !Double.isFinite(l.signal())) {
                continue;
            }
            // a first layer whose ReLUs are dead passes exactly zero: that is "dead units", not a vanishing signal
            if (!(f.signal() > 0) || (f.layer().deadFraction() != null && f.layer().deadFraction() > deadFraction)) {
                deadFirst++;
                continue;
            }
            ratios.add(f.signal() / l.signal());
            if (quoted == null) {
                List<String> parts = new ArrayList<>();
                signals.forEach(s -> parts.add(s.layer().layer() + " " + g(s.signal())));
                quoted = String.format(Locale.ROOT, "epoch %d (training loss %s): %s", e.epoch(), g(r.trainLoss()),
                        String.join(", ", parts));
            }
        }
        String excluded = deadFirst == 0 ? "" : String.format(Locale.ROOT, "; %d high-loss epoch%s left out where"
                + " the first layer's gradient was exactly 0 or its ReLUs dead (see dead units)", deadFirst,
                deadFirst == 1 ? "" : "s");
        if (ratios.isEmpty()) {
            return new Verdict(VANISHING_GRADIENTS, false, String.format(Locale.ROOT, "not judged: no epoch with a"
                    + " training loss of at least %s, two layers with parameters, a non-zero last-layer gradient and"
                    + " a living first layer", g(highLoss)) + excluded);
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        boolean triggered = median < vanishingMaxSignalRatio;
        return new Verdict(VANISHING_GRADIENTS, triggered, String.format(Locale.ROOT,
                "backward signal (gradient RMS / spread of the layer's input) of the first layer / the last layer:"
                        + " median %s over %d high-loss epochs (min %s, limit %s); by layer in %s", g(median),
                sorted.length, g(sorted[0]), g(vanishingMaxSignalRatio), quoted) + excluded);
    }

    /** A layer with parameters and its backward signal: gradient RMS over the spread of the layer's input. */
    private record LayerSignal(LayerFigures layer, double signal) {
    }

    /** The layers with a gradient, input to output, and their backward signals; empty without recorded spreads. */
    private static List<LayerSignal> signals(EpochDiagnostics e) {
        List<LayerSignal> out = new ArrayList<>();
        Double inputSpread = e.inputStd();
        for (LayerFigures l : e.layers()) {
            if (inputSpread == null) {
                return List.of();
            }
            if (l.gradientRms() != null && inputSpread > 0) {
                out.add(new LayerSignal(l, l.gradientRms() / inputSpread));
            }
            inputSpread = l.outputStd();
        }
        return out;
    }

    Verdict deadUnits(List<EpochDiagnostics> epochs) {
        EpochDiagnostics last = epochs.get(epochs.size() - 1);
        List<String> dead = new ArrayList<>();
        double worst = -1;
        String worstLayer = null;
        for (LayerFigures l : last.layers()) {
            if (l.deadFraction() == null) {
                continue;
            }
            if (l.deadFraction() > worst) {
                worst = l.deadFraction();
                worstLayer = l.layer();
            }
            if (l.deadFraction() > deadFraction) {
                dead.add(String.format(Locale.ROOT, "layer %s: %s of %d ReLU units dead (since epoch %d)", l.layer(),
                        pct(l.deadFraction()), l.units(), since(epochs, l.layer())));
            }
        }
        if (worstLayer == null) {
            return new Verdict(DEAD_UNITS, false, "not judged: no ReLU layer");
        }
        if (dead.isEmpty()) {
            return new Verdict(DEAD_UNITS, false, String.format(Locale.ROOT,
                    "largest share of dead ReLU units after epoch %d: %s in %s (limit %s)", last.epoch(), pct(worst),
                    worstLayer, pct(deadFraction)));
        }
        return new Verdict(DEAD_UNITS, true, String.join("; ", dead) + String.format(Locale.ROOT,
                " (after epoch %d; dead = never above 0 on any of %d training images)", last.epoch(),
                last.embeddings().images()));
    }

    Verdict saturatedUnits(List<EpochDiagnostics> epochs) {
        EpochDiagnostics last = epochs.get(epochs.size() - 1);
        List<String> sat = new ArrayList<>();
        double worst = -1;
        String worstLayer = null;
        for (LayerFigures l : last.layers()) {
            if (l.saturatedFraction() == null) {
                continue;
            }
            if (l.saturatedFraction() > worst) {
                worst = l.saturatedFraction();
                worstLayer = l.layer();
            }
            if (l.saturatedFraction() > saturatedFraction) {
                sat.add(String.format(Locale.ROOT, "layer %s: %s of %d %s units saturated", l.layer(),
                        pct(l.saturatedFraction()), l.units(), l.activation()));
            }
        }
        if (worstLayer == null) {
            return new Verdict(SATURATED_UNITS, false, "not judged: no tanh or sigmoid layer");
        }
        if (sat.isEmpty()) {
            return new Verdict(SATURATED_UNITS, false, String.format(Locale.ROOT,
                    "largest share of saturated units after epoch %d: %s in %s (limit %s)", last.epoch(), pct(worst),
                    worstLayer, pct(saturatedFraction)));
        }
        return new Verdict(SATURATED_UNITS, true, String.join("; ", sat) + String.format(Locale.ROOT,
                " (after epoch %d; saturated = |a| > %s on at least %s of the training images)", last.epoch(),
                g(saturationLevel), pct(saturatedShareOfImages)));
    }

    Verdict collapse(List<EpochDiagnostics> epochs) {
        EpochDiagnostics last = epochs.get(epochs.size() - 1);
        EmbeddingFigures e = last.embeddings();
        DistanceFigures d = last.trainPairs();
        boolean triggered = collapsed(e);
        int since = last.epoch();
        for (int i = epochs.size() - 1; i >= 0 && collapsed(epochs.get(i).embeddings()); i--) {
            since = epochs.get(i).epoch();
        }
        String figures = String.format(Locale.ROOT, "%d distinct embedding%s among %d training images, mean"
                        + " per-dimension std %s, mean norm %s; %s of %d training pairs at the 1e-7 distance floor"
                        + " (genuine mean %s, impostor mean %s)", e.distinct(), e.distinct() == 1 ? "" : "s",
                e.images(), g(e.meanDimensionStd()), g(e.meanNorm()), pct(d.floorShare()), d.pairs(),
                g(d.genuineMean()), g(d.impostorMean()));
        if (!triggered) {
            return new Verdict(EMBEDDING_COLLAPSE, false, figures + " after epoch " + last.epoch());
        }
        return new Verdict(EMBEDDING_COLLAPSE, true, "every image gets the same embedding since epoch " + since + ": "
                + figures + ", where max(·, 1e-7) has zero gradient");
    }

    private boolean collapsed(EmbeddingFigures e) {
        return e.images() > 1 && (e.distinct() <= collapseMaxDistinct || e.meanDimensionStd() < collapseMaxDimensionStd);
    }

    Verdict exploding(History history, List<EpochDiagnostics> epochs) {
        EpochRecord first = history.epochs().get(0);
        EpochRecord last = history.last();
        double base = lossBase(first);
        for (EpochRecord r : history.epochs()) {
            if (r.nonFiniteLoss().isPresent()) {
                return new Verdict(EXPLODING, true, String.format(Locale.ROOT,
                        "non-finite loss in epoch %d: training loss %s, validation loss %s (epoch 1: %s)", r.epoch(),
                        g(r.trainLoss()), g(r.validationLoss()), g(first.trainLoss())));
            }
        }
        for (EpochDiagnostics e : epochs) {
            for (LayerFigures l : e.layers()) {
                for (Double v : Arrays.asList(l.gradientNorm(), l.weightNorm())) {
                    if (v != null && !Double.isFinite(v)) {
                        return new Verdict(EXPLODING, true, String.format(Locale.ROOT,
                                "non-finite gradient or weight norm in layer %s, epoch %d (gradient %s, weights %s)",
                                l.layer(), e.epoch(), g(l.gradientNorm()), g(l.weightNorm())));
                    }
                }
            }
        }
        EpochRecord peak = history.epochs().stream().max(Comparator.comparingDouble(EpochRecord::trainLoss))
                .orElse(first);
        String figures = String.format(Locale.ROOT, "training loss %s in epoch 1, highest %s in epoch %d (%s times),"
                        + " last %s in epoch %d (limit: last above %s times max(epoch 1's, 0.01))", g(first.trainLoss()),
                g(peak.trainLoss()), peak.epoch(), g(peak.trainLoss() / base), g(last.trainLoss()), last.epoch(),
                g(explodingGrowth));
        if (last.trainLoss() > explodingGrowth * base) {
            return new Verdict(EXPLODING, true, "the loss grew by orders of magnitude: " + figures);
        }
        return new Verdict(EXPLODING, false, "losses finite; " + figures);
    }

    Verdict spike(History history) {
        EpochRecord first = history.epochs().get(0);
        EpochRecord last = history.last();
        double base = lossBase(first);
        EpochRecord peak = history.epochs().stream().max(Comparator.comparingDouble(EpochRecord::trainLoss))
                .orElse(first);
        boolean exploded = !Double.isFinite(last.trainLoss()) || last.trainLoss() > explodingGrowth * base;
        String figures = String.format(Locale.ROOT, "training loss %s in epoch 1, highest %s in epoch %d (%s times"
                        + " max(epoch 1's, 0.01), limit %s), last %s in epoch %d", g(first.trainLoss()),
                g(peak.trainLoss()), peak.epoch(), g(peak.trainLoss() / base), g(spikeGrowth), g(last.trainLoss()),
                last.epoch());
        if (exploded) {
            return new Verdict(LOSS_SPIKE, false, "not judged: the loss did not recover (see exploding / NaN loss)");
        }
        if (peak.trainLoss() > spikeGrowth * base) {
            return new Verdict(LOSS_SPIKE, true, "the loss jumped by orders of magnitude and came back: " + figures
                    + "; a step that large can throw units into dead or saturated ranges: try a lower learning rate");
        }
        return new Verdict(LOSS_SPIKE, false, figures);
    }

    private static double lossBase(EpochRecord first) {
        return Math.max(Double.isFinite(first.trainLoss()) ? first.trainLoss() : 0, 0.01);
    }

    Verdict overfitting(History history) {
        EpochRecord first = history.epochs().get(0);
        EpochRecord last = history.last();
        if (Double.isNaN(last.validationAccuracy())) {
            return new Verdict(OVERFITTING, false, "not judged: no validation pairs");
        }
        double gap = last.trainAccuracy() - last.validationAccuracy();
        double minValidation = history.epochs().stream().mapToDouble(EpochRecord::validationLoss).min().orElse(Double.NaN);
        boolean trainFalling = last.trainLoss() < first.trainLoss();
        boolean validationRising = last.validationLoss() > minValidation * (1 + overfittingValidationRise);
        boolean triggered = gap > overfittingGap && trainFalling && validationRising;
        return new Verdict(OVERFITTING, triggered, String.format(Locale.ROOT,
                "after epoch %d train accuracy %s, validation accuracy %s (gap %s, limit %s); training loss %s -> %s"
                        + " (%s); validation loss lowest %s, last %s (%s)", last.epoch(), g(last.trainAccuracy()),
                g(last.validationAccuracy()), g(gap), g(overfittingGap), g(first.trainLoss()), g(last.trainLoss()),
                trainFalling ? "falling" : "not falling", g(minValidation), g(last.validationLoss()),
                validationRising ? "rising" : "not rising"));
    }

    /**
     * Whether what the network learned holds on the validation pairs, judged on threshold-free figures (ROC AUC and
     * EER; accuracy depends on a threshold that may suit neither split): triggered when the validation pairs are at
     * chance while the training pairs count as learned, or when ROC AUC or EER is worse on validation by more than
     * {@link #generalisationGap}. Not judged without genuine and impostor pairs in both splits.
     */
    public Verdict generalisation(SplitFigures train, SplitFigures validation) {
        if (train == null || validation == null || train.rocAuc() == null || validation.rocAuc() == null
                || train.eer() == null || validation.eer() == null) {
            return new Verdict(GENERALISATION, false, "not judged: ROC AUC and EER need genuine and impostor pairs in"
                    + " both splits");
        }
        double aucGap = train.rocAuc() - validation.rocAuc();
        double eerGap = validation.eer() - train.eer();
        boolean chanceWhileLearned = atChance(validation) && train.rocAuc() >= learnedRocAuc;
        boolean triggered = chanceWhileLearned || aucGap > generalisationGap || eerGap > generalisationGap;
        String figures = String.format(Locale.ROOT, "ROC AUC %s on the training pairs, %s on the validation pairs"
                        + " (gap %s); EER %s and %s (gap %s); limits: a gap above %s, or validation below %s (chance)"
                        + " while training reaches %s", g(train.rocAuc()), g(validation.rocAuc()), g(aucGap),
                g(train.eer()), g(validation.eer()), g(eerGap), g(generalisationGap), g(chanceRocAuc),
                g(learnedRocAuc));
        if (chanceWhileLearned) {
            return new Verdict(GENERALISATION, true, "validation at chance while training learned: the network tells"
                    + " its training pairs apart but not the validation pairs, no better than a coin toss; " + figures);
        }
        if (triggered) {
            return new Verdict(GENERALISATION, true, "what the network learned holds on the training pairs far more"
                    + " than on the validation pairs: " + figures);
        }
        return new Verdict(GENERALISATION, false, figures);
    }

    /** Whether a split's ROC AUC is below {@link #chanceRocAuc}; false where it is undefined. */
    public boolean atChance(SplitFigures split) {
        return split != null && split.rocAuc() != null && split.rocAuc() < chanceRocAuc;
    }

    private int since(List<EpochDiagnostics> epochs, String layer) {
        int since = epochs.get(epochs.size() - 1).epoch();
        for (int i = epochs.size() - 1; i >= 0; i--) {
            LayerFigures l = epochs.get(i).layers().stream().filter(x -> x.layer().equals(layer)).findFirst().orElse(null);
            if (l == null || l.deadFraction() == null || !(l.deadFraction() > deadFraction)) {
                break;
            }
            since = epochs.get(i).epoch();
        }
        return since;
    }

    private static EpochRecord record(History history, int epoch) {
        return history.epochs().stream().filter(r -> r.epoch() == epoch).findFirst().orElse(null);
    }

    /** A figure as verdicts quote it: three significant digits ({@code 0.526}, {@code 6.67e-08}), {@code n/a} for none. */
    public static String figure(Double v) {
        return g(v);
    }

    static String g(Double v) {
        if (v == null) {
            return "n/a";
        }
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v == 0 ? "0" : v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
