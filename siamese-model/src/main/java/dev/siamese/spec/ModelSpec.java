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
 * @param weightInit how a network's weights start (Keras's default: Glorot-uniform); biases start at 0
 * @param loss   what training minimises; {@link LossSpec.Contrastive} with {@code margin} by default
 * @param from       for {@link ModelType#PRETRAINED} and {@link ModelType#FUSION}: the network's model as written
 *                   in the spec (a path relative to the spec's folder, or Maven coordinates); null otherwise
 * @param input      what the network sees of a scan ({@code model.input}), or null for the images as they are
 *                   (all of the network's size)
 * @param init       a trained model whose embedding this network starts from ({@code model.init}, as written in the
 *                   spec), or null to start from random weights
 */
public record ModelSpec(ModelType type, String preset, List<LayerSpec> branch, double margin, double dpi,
                        WeightInit weightInit, LossSpec loss, String from, InputSpec input, String init) {
    public ModelSpec {
        branch = List.copyOf(branch);
        loss = loss == null ? new LossSpec.Contrastive(margin) : loss;
    }

    /** Without {@code model.input} and {@code model.init}. */
    public ModelSpec(ModelType type, String preset, List<LayerSpec> branch, double margin, double dpi,
                     WeightInit weightInit, LossSpec loss, String from) {
        this(type, preset, branch, margin, dpi, weightInit, loss, from, null, null);
    }

    /** A model that is not pretrained, trained with {@code loss}. */
    public ModelSpec(ModelType type, String preset, List<LayerSpec> branch, double margin, double dpi,
                     WeightInit weightInit, LossSpec loss) {
        this(type, preset, branch, margin, dpi, weightInit, loss, null);
    }

    /** A model that is not pretrained, with the contrastive loss of {@code margin}. */
    public ModelSpec(ModelType type, String preset, List<LayerSpec> branch, double margin, double dpi,
                     WeightInit weightInit) {
        this(type, preset, branch, margin, dpi, weightInit, null, null);
    }

    /** A Siamese network with Keras's default initialization. */
    public ModelSpec(String preset, List<LayerSpec> branch, double margin) {
        this(ModelType.SIAMESE, preset, branch, margin, Double.NaN, WeightInit.GLOROT_UNIFORM);
    }

    /** A network this experiment trains. */
    public boolean isNetwork() {
        return type == ModelType.SIAMESE;
    }

    /** Pairs are scored by a Siamese network's model.zip: one trained here or a pretrained one (alone or fused). */
    public boolean scoresWithNetwork() {
        return type == ModelType.SIAMESE || type == ModelType.PRETRAINED || type == ModelType.FUSION;
    }

    /** The model comes from {@code from}, trained elsewhere: nothing is trained here. */
    public boolean usesPretrained() {
        return type == ModelType.PRETRAINED || type == ModelType.FUSION;
    }

    /** Pairs are scored by SourceAFIS: alone, or fused with a network. */
    public boolean scoresWithSourceAfis() {
        return type == ModelType.SOURCEAFIS || type == ModelType.FUSION;
    }

    /** The values of {@code model.weightInit}. */
    public enum WeightInit {
        GLOROT_UNIFORM, GLOROT_NORMAL, HE_UNIFORM, HE_NORMAL, LECUN_NORMAL;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static List<String> jsonNames() {
            return java.util.Arrays.stream(values()).map(WeightInit::jsonName).toList();
        }

        static WeightInit fromJson(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** The values of {@code model.type}. */
    public enum ModelType {
        SIAMESE, SOURCEAFIS, PRETRAINED, FUSION;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
