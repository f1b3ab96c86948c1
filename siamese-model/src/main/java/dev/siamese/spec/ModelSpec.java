package dev.siamese.spec;

import java.util.List;

/**
 * What scores the pairs: a Siamese network (the branch both images pass through, one set of weights,
 * and the loss margin), or the classical SourceAFIS minutiae matcher as a baseline.
 *
 * @param type   {@link ModelType#SIAMESE} or {@link ModelType#SOURCEAFIS}
 * @param preset the preset name when the branch was given by name, else null
 * @param branch the branch's layers, in order (a preset is expanded here); empty for SourceAFIS
 * @param margin contrastive-loss margin m (seed: 1)
 * @param dpi    for SourceAFIS: the resolution the images are declared to have; NaN for a network
 */
public record ModelSpec(ModelType type, String preset, List<LayerSpec> branch, double margin, double dpi) {
    public ModelSpec {
        branch = List.copyOf(branch);
    }

    /** A Siamese network. */
    public ModelSpec(String preset, List<LayerSpec> branch, double margin) {
        this(ModelType.SIAMESE, preset, branch, margin, Double.NaN);
    }

    public boolean isNetwork() {
        return type == ModelType.SIAMESE;
    }

    /** The values of {@code model.type}. */
    public enum ModelType {
        SIAMESE, SOURCEAFIS;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
