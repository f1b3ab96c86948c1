package dev.siamese.eval;

import dev.siamese.Seeds;
import dev.siamese.data.ManifestEntry;
import dev.siamese.data.Split;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PreparedDataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fusion that cannot lose to its better matcher. The weights ({@link ScoreFusion}) are fitted on pairs of the training
 * images the network was never trained on ({@link FittingPairs}: every genuine pair and many impostor pairs among
 * them; a network knows its own training fingers too well, so weights fitted on them lean on it); only when there are
 * none, on pairs of all training images, and the choice says so. Before fusing, a guard
 * splits the fitting fingers into two folds, fits on one and scores the other, both ways round: unless the fused
 * distances' pooled EER is below {@value #REQUIRED_GAIN} of the better matcher's on those held-apart fingers, that
 * matcher alone scores the pairs (SourceAFIS on a tie, or when the folds are too small to judge, as it needs no
 * training to be trusted).
 * The validation fingers decide nothing.
 */
public final class GuardedFusion {
    /**
     * The fused EER must be below this share of the better matcher's on the held-apart fingers: a gain within the
     * noise of a few hundred pairs (a useless network's weight near zero, say) is no reason to fuse.
     */
    static final double REQUIRED_GAIN = 0.9;
    /** Genuine and impostor pairs each fold needs, at least, for the guard to judge. */
    static final int MIN_PAIRS_PER_FOLD = 20;

    private GuardedFusion() {
    }

    /**
     * Chooses how to score {@code data}'s pairs with {@code network} and {@code sourceAfis}, the network having been
     * trained on the images whose pixel SHA-256 are {@code networkTrainedOn} (empty: not recorded).
     */
    public static FusionChoice choose(PairScorer network, PairScorer sourceAfis, PreparedDataset data,
                                      Set<String> networkTrainedOn, long seed) {
        List<ManifestEntry> training = data.manifest().images().stream().filter(e -> e.split() == Split.TRAIN).toList();
        List<ManifestEntry> unseen = training.stream().filter(e -> !networkTrainedOn.contains(e.sha256())).toList();
        boolean unseenOnly = !networkTrainedOn.isEmpty() && hasBothLabels(FittingPairs.of(unseen, seed));
        List<ImagePair> fitting = FittingPairs.of(unseenOnly ? unseen : training, seed);
        if (!hasBothLabels(fitting)) {
            return new FusionChoice(FusionChoice.Kind.SOURCEAFIS, null, 0, false, null,
                    "no genuine and impostor pairs among the training fingers to fit a fusion on: SourceAFIS alone");
        }
        String fittedOn = unseenOnly ? "pairs of training images the network never trained on"
                : networkTrainedOn.isEmpty() ? "pairs of all training images (the model records no training images)"
                : "pairs of all training images, which the network was trained on (no others)";
        ScoredPairs a = network.score(data, fitting);
        ScoredPairs b = sourceAfis.score(data, fitting);
        Map<String, ManifestEntry> byFile = new HashMap<>();
        data.manifest().images().forEach(e -> byFile.put(e.file(), e));
        FusionChoice.GuardEers guard = guard(a, b, fitting, byFile, seed);
        int n = fitting.size();
        if (guard == null) {
            return new FusionChoice(FusionChoice.Kind.SOURCEAFIS, null, n, unseenOnly, null, String.format(Locale.ROOT,
                    "too few fingers among the %d %s to judge a fusion on held-apart fingers (at least %d genuine and "
                            + "%d impostor pairs within each of two folds): SourceAFIS alone", n, fittedOn,
                    MIN_PAIRS_PER_FOLD, MIN_PAIRS_PER_FOLD));
        }
        if (guard.fused() < REQUIRED_GAIN * Math.min(guard.network(), guard.sourceAfis())) {
            ScoreFusion fusion = ScoreFusion.fit(a, b);
            return new FusionChoice(FusionChoice.Kind.FUSED, fusion, n, unseenOnly, guard, String.format(Locale.ROOT,
                    "fused: weights %.3f network, %.3f SourceAFIS fitted on %d %s; on held-apart training fingers "
                            + "EER %s fused, %s network, %s SourceAFIS", fusion.weightA(), fusion.weightB(), n, fittedOn,
                    percent(guard.fused()), percent(guard.network()), percent(guard.sourceAfis())));
        }
        FusionChoice.Kind alone = guard.network() < guard.sourceAfis() ? FusionChoice.Kind.NETWORK
                : FusionChoice.Kind.SOURCEAFIS;
        return new FusionChoice(alone, null, n, unseenOnly, guard, String.format(Locale.ROOT,
                "%s alone: fusing did not beat it by a tenth on held-apart training fingers (EER %s fused, %s network, "
                        + "%s SourceAFIS; %d %s)", alone == FusionChoice.Kind.NETWORK ? "the network" : "SourceAFIS",
                percent(guard.fused()), percent(guard.network()), percent(guard.sourceAfis()), n, fittedOn));
    }

    /**
     * Pooled EERs over two folds of fingers (each fold's pairs scored by the fusion fitted on the other's), or null
     * when a fold holds fewer than {@value #MIN_PAIRS_PER_FOLD} genuine or impostor pairs within itself.
     */
    private static FusionChoice.GuardEers guard(ScoredPairs a, ScoredPairs b, List<ImagePair> pairs,
                                                Map<String, ManifestEntry> byFile, long seed) {
        List<String> fingers = new ArrayList<>(new TreeSet<>(pairs.stream()
                .flatMap(p -> List.of(byFile.get(p.left()).identity(), byFile.get(p.right()).identity()).stream())
                .toList()));
        Collections.shuffle(fingers, Seeds.random(seed, "fusion/guard"));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < fingers.size(); i++) {
            fold.put(fingers.get(i), i % 2);
        }
        int[] foldOf = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            int l = fold.get(byFile.get(pairs.get(i).left()).identity());
            int r = fold.get(byFile.get(pairs.get(i).right()).identity());
            foldOf[i] = l == r ? l : -1; // pairs across the folds judge neither
        }
        List<Double> fusedG = new ArrayList<>();
        List<Double> fusedI = new ArrayList<>();
        List<Double> netG = new ArrayList<>();
        List<Double> netI = new ArrayList<>();
        List<Double> afisG = new ArrayList<>();
        List<Double> afisI = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            ScoredPairs fitA = subset(a, foldOf, 1 - k);
            ScoredPairs testA = subset(a, foldOf, k);
            if (!enough(fitA) || !enough(testA)) {
                return null;
            }
            ScoredPairs testB = subset(b, foldOf, k);
            ScoredPairs fused = ScoreFusion.fit(fitA, subset(b, foldOf, 1 - k)).apply(testA, testB);
            split(fused, fusedG, fusedI);
            split(testA, netG, netI);
            split(testB, afisG, afisI);
        }
        return new FusionChoice.GuardEers(eer(fusedG, fusedI), eer(netG, netI), eer(afisG, afisI));
    }

    private static ScoredPairs subset(ScoredPairs s, int[] foldOf, int k) {
        int n = 0;
        for (int f : foldOf) {
            n += f == k ? 1 : 0;
        }
        double[] d = new double[n];
        int[] l = new int[n];
        int j = 0;
        for (int i = 0; i < foldOf.length; i++) {
            if (foldOf[i] == k) {
                d[j] = s.distances()[i];
                l[j++] = s.labels()[i];
            }
        }
        return new ScoredPairs(d, l);
    }

    private static void split(ScoredPairs s, List<Double> genuine, List<Double> impostor) {
        for (int i = 0; i < s.size(); i++) {
            (s.labels()[i] == 1 ? genuine : impostor).add(s.distances()[i]);
        }
    }

    private static double eer(List<Double> genuine, List<Double> impostor) {
        return MetricsCalculator.eer(ThresholdSweep.of(genuine.stream().mapToDouble(Double::doubleValue).toArray(),
                impostor.stream().mapToDouble(Double::doubleValue).toArray())).eer();
    }

    private static boolean hasBothLabels(List<ImagePair> pairs) {
        return pairs.stream().anyMatch(p -> p.label() == 1) && pairs.stream().anyMatch(p -> p.label() != 1);
    }

    /** Whether a fold holds enough genuine and impostor pairs for its EER to mean something. */
    private static boolean enough(ScoredPairs s) {
        int genuine = 0;
        for (int l : s.labels()) {
            genuine += l == 1 ? 1 : 0;
        }
        return genuine >= MIN_PAIRS_PER_FOLD && s.size() - genuine >= MIN_PAIRS_PER_FOLD;
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * v);
    }
}
