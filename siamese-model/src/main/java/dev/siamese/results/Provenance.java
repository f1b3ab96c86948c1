package dev.siamese.results;

/**
 * What made a results.json, as fingerprints (see {@code dev.siamese.experiment.InputDigests}): a goal
 * reuses the file only when its {@code fingerprint} is the one the spec, data set and model give now.
 *
 * @param siamese      the library version that wrote it
 * @param dataset      the data set's fingerprint (its manifest's)
 * @param training     the fingerprint of the training that made the model and history
 * @param fingerprint  the evaluation's own: training's, the model's SHA-256 and the resolved spec's
 * @param scoresSha256 SHA-256 of the scores.json written with it, which pairs the two files
 */
public record Provenance(String siamese, String dataset, String training, String fingerprint, String scoresSha256) {
}
