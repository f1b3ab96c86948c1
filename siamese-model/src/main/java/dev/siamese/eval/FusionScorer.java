package dev.siamese.eval;

import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PreparedDataset;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores pairs as a {@link FusionChoice} says, always with both matchers, and keeps each list's two component
 * scores so that they can be written beside the fused ones.
 */
public final class FusionScorer implements PairScorer {
    private final PairScorer network;
    private final PairScorer sourceAfis;
    private final FusionChoice choice;
    private final Map<List<ImagePair>, ScoredPairs[]> components = new IdentityHashMap<>();

    public FusionScorer(PairScorer network, PairScorer sourceAfis, FusionChoice choice) {
        this.network = network;
        this.sourceAfis = sourceAfis;
        this.choice = choice;
    }

    public FusionChoice choice() {
        return choice;
    }

    @Override
    public ScoredPairs score(PreparedDataset data, List<ImagePair> pairs) {
        ScoredPairs a = network.score(data, pairs);
        ScoredPairs b = sourceAfis.score(data, pairs);
        components.put(pairs, new ScoredPairs[] {a, b});
        return choice.apply(a, b);
    }

    /** The network's and SourceAFIS's scores of a list this scorer scored ({@code [network, sourceAfis]}), or null. */
    public ScoredPairs[] components(List<ImagePair> pairs) {
        return components.get(pairs);
    }
}
