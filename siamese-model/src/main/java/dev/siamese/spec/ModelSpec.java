package dev.siamese.spec;

import java.util.List;

/**
 * The Siamese network: the branch both images pass through (one set of weights) and the loss margin.
 *
 * @param preset the preset name when the branch was given by name, else null
 * @param branch the branch's layers, in order (a preset is expanded here)
 * @param margin contrastive-loss margin m (seed: 1)
 */
public record ModelSpec(String preset, List<LayerSpec> branch, double margin) {
    public ModelSpec {
        branch = List.copyOf(branch);
    }
}
