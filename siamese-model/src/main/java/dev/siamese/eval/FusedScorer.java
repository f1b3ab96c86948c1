package dev.siamese.eval;

import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PreparedDataset;

import java.util.List;

/** Scores pairs with two matchers and fuses their distances by a fitted {@link ScoreFusion}. */
public record FusedScorer(PairScorer a, PairScorer b, ScoreFusion fusion) implements PairScorer {
    /** Fits the fusion on {@code fitting} pairs of {@code data} (the training pairs: never the validation ones). */
    public static FusedScorer fit(PairScorer a, PairScorer b, PreparedDataset data, List<ImagePair> fitting) {
        return new FusedScorer(a, b, ScoreFusion.fit(a.score(data, fitting), b.score(data, fitting)));
    }

    @Override
    public ScoredPairs score(PreparedDataset data, List<ImagePair> pairs) {
        return fusion.apply(a.score(data, pairs), b.score(data, pairs));
    }
}
