package dev.siamese.eval;

import dev.siamese.pairs.PreparedDataset;
import dev.siamese.pairs.ImagePair;

import java.util.List;

/**
 * What evaluation asks of a model: a distance for each labelled pair of a data set (smaller = more
 * alike), in the pairs' order. A trained Siamese network is one; the SourceAFIS baseline another.
 */
public interface PairScorer {
    ScoredPairs score(PreparedDataset data, List<ImagePair> pairs);
}
