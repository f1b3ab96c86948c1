package dev.siamese.pairs;

import java.util.List;
import java.util.Random;

/** Draws pairs from the images of one split, given each image's identity in iteration order. */
public interface PairSampler {
    List<Pair> sample(List<String> identities, Random random);
}
