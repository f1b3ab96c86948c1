package dev.siamese.eval;

import dev.siamese.distance.MatchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Identification metrics from the distances of every probe to every gallery entry (ISO/IEC 19795-1 terms,
 * NIST FRVT's reading of FNIR at fixed FPIR with one candidate).
 * <ul>
 *   <li>A probe's rank: 1 + the entries other than its mate at a distance ≤ the mate's (ties count against it).</li>
 *   <li>Mated search at threshold {@code t}: a hit when the mate is rank 1 and nearer than {@code t}
 *       (the match rule's {@code d < t}); FNIR = share of mated searches that miss.</li>
 *   <li>Non-mated search: the same probe against the gallery without its mate (every other finger is a
 *       stranger to it); a false positive when its nearest entry is nearer than {@code t}; FPIR = their share.</li>
 * </ul>
 * FNIR at FPIR ≤ x uses the largest threshold that keeps at most ⌊x · searches⌋ false positives.
 */
public final class IdentificationCalculator {
    static final int CMC_RANKS = 20;

    private IdentificationCalculator() {
    }

    /**
     * @param distances probe-major: probe {@code p} to entry {@code g} at {@code p · gallerySize + g}
     * @param mates     per probe, the index of its mate in the gallery
     */
    public static IdentificationMetrics compute(int gallerySize, int[] mates, double[] distances) {
        int probes = mates.length;
        if (probes == 0 || gallerySize < 2 || distances.length != (long) probes * gallerySize) {
            throw new IllegalArgumentException(distances.length + " distances for " + probes + " probes × "
                    + gallerySize + " entries (needs a probe and two entries)");
        }
        int[] ranks = new int[probes];
        double[] mateDistance = new double[probes];
        double[] nearestStranger = new double[probes];
        for (int p = 0; p < probes; p++) {
            int base = p * gallerySize;
            double mate = distances[base + mates[p]];
            int rank = 1;
            double nearest = Double.POSITIVE_INFINITY;
            for (int g = 0; g < gallerySize; g++) {
                if (g != mates[p]) {
                    double d = distances[base + g];
                    rank += d <= mate ? 1 : 0;
                    nearest = Math.min(nearest, d);
                }
            }
            ranks[p] = rank;
            mateDistance[p] = mate;
            nearestStranger[p] = nearest;
        }
        List<Double> cmc = new ArrayList<>();
        for (int r = 1; r <= Math.min(CMC_RANKS, gallerySize); r++) {
            cmc.add(share(ranks, r));
        }
        double[] sortedStrangers = nearestStranger.clone();
        Arrays.sort(sortedStrangers);
        return new IdentificationMetrics(gallerySize, probes, share(ranks, 1), share(ranks, 5),
                fnirAtFpir(ranks, mateDistance, sortedStrangers, 0.01),
                fnirAtFpir(ranks, mateDistance, sortedStrangers, 0.1), cmc);
    }

    private static double share(int[] ranks, int atMost) {
        int n = 0;
        for (int r : ranks) {
            n += r <= atMost ? 1 : 0;
        }
        return (double) n / ranks.length;
    }

    /**
     * FNIR at the largest threshold with FPIR ≤ {@code fpir}: with {@code k} false positives allowed, the
     * threshold is the (k+1)-th nearest stranger's distance (a search is positive when strictly nearer).
     */
    private static double fnirAtFpir(int[] ranks, double[] mateDistance, double[] sortedStrangers, double fpir) {
        int allowed = (int) Math.floor(fpir * sortedStrangers.length + 1e-9);
        double threshold = allowed < sortedStrangers.length ? sortedStrangers[allowed] : Double.POSITIVE_INFINITY;
        int misses = 0;
        for (int p = 0; p < ranks.length; p++) {
            misses += ranks[p] == 1 && MatchRule.matches(mateDistance[p], threshold) ? 0 : 1;
        }
        return (double) misses / ranks.length;
    }
}
