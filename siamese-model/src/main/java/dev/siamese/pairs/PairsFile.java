package dev.siamese.pairs;

import dev.siamese.data.Split;

import dev.siamese.pairs.ImagePair;

import java.util.List;

/** {@code pairs.json}: the training and validation pairs of a prepared data set. */
public record PairsFile(int schemaVersion, List<ImagePair> train, List<ImagePair> validation) {
    public static final int SCHEMA_VERSION = 1;

    public PairsFile {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }

    public List<ImagePair> of(Split split) {
        return split == Split.TRAIN ? train : validation;
    }
}
