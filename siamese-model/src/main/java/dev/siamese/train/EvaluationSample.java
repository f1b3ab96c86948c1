package dev.siamese.train;

import dev.siamese.Seeds;
import dev.siamese.pairs.ImagePair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pairs training's per-epoch figures are computed on ({@code training.evaluationSample}): all of a
 * split's pairs, or at most that many drawn once from the seed (stream {@code evaluation-sample/<split>}),
 * the same every epoch, so the figures of two epochs compare. The results are always computed on every pair.
 */
final class EvaluationSample {
    private EvaluationSample() {
    }

    /** {@code pairs} itself when {@code max} is 0 or not below its size, else a fixed sample of {@code max} of them. */
    static List<ImagePair> of(List<ImagePair> pairs, int max, long seed, String split) {
        if (max <= 0 || pairs.size() <= max) {
            return pairs;
        }
        List<ImagePair> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, Seeds.random(seed, "evaluation-sample/" + split));
        return List.copyOf(shuffled.subList(0, max));
    }
}
