package dev.siamese.train;

import dev.siamese.model.SiameseNetwork;

/** The trained network and its history. */
public record TrainingResult(SiameseNetwork network, History history) {
}
