package dev.siamese.train;

import dev.siamese.history.History;
import dev.siamese.model.SiameseNetwork;

/** The trained network and its history; the network is null for a model that needs no training (SourceAFIS). */
public record TrainingResult(SiameseNetwork network, History history) {
}
