package dev.siamese;

/**
 * The steps of an experiment, each making files the next one reads: the data set, the trained network,
 * the evaluation. A {@link StaleInputException} names the step whose output must be made again; callers
 * (the Maven goals) turn that into their own hint.
 */
public enum Stage {
    DATASET, TRAINING, EVALUATION
}
