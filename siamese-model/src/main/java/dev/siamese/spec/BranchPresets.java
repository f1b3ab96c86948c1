package dev.siamese.spec;

import dev.siamese.spec.LayerSpec.BatchNorm;
import dev.siamese.spec.LayerSpec.Conv2d;
import dev.siamese.spec.LayerSpec.Dense;
import dev.siamese.spec.LayerSpec.Dropout;
import dev.siamese.spec.LayerSpec.Flatten;
import dev.siamese.spec.LayerSpec.Padding;
import dev.siamese.spec.LayerSpec.Pool;
import dev.siamese.spec.LayerSpec.PoolKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Branches usable by name in {@code model.branch}. */
public final class BranchPresets {
    private static final Map<String, List<LayerSpec>> PRESETS = new LinkedHashMap<>();

    static {
        // The branch that worked for the seed's author: Flatten → Dense(128, relu).
        PRESETS.put("dense-1", List.of(new Flatten(), new Dense(128, Activation.RELU)));
        // The seed's failing branch: 3× Dense(128, relu) with Dropout(0.3) after the first two.
        PRESETS.put("dense-3", List.of(
                new Flatten(),
                new Dense(128, Activation.RELU), new Dropout(0.3),
                new Dense(128, Activation.RELU), new Dropout(0.3),
                new Dense(128, Activation.RELU)));
        // keras.io "Image similarity estimation using a Siamese Network with a contrastive loss".
        PRESETS.put("conv", List.of(
                new Conv2d(4, 5, 5, 1, 1, Padding.VALID, Activation.TANH),
                new Pool(PoolKind.AVG, 2, 2),
                new Conv2d(16, 5, 5, 1, 1, Padding.VALID, Activation.TANH),
                new Pool(PoolKind.AVG, 2, 2),
                new Flatten(),
                new BatchNorm(0.99, 1e-3),
                new Dense(10, Activation.TANH)));
        // Fingerprint embeddings (the matcher experiments): six conv + BatchNorm + ReLU stages, four of them
        // stride 2 (128 → 8 px), 12–96 channels, then Dropout(0.2) → Dense(128) → BatchNorm: the embedding.
        List<LayerSpec> fp = new ArrayList<>();
        int[][] stages = {{12, 5, 2}, {24, 3, 2}, {32, 3, 1}, {48, 3, 2}, {64, 3, 1}, {96, 3, 2}};
        for (int[] st : stages) {
            fp.add(new Conv2d(st[0], st[1], st[1], st[2], st[2], Padding.SAME, Activation.LINEAR));
            fp.add(new BatchNorm(0.9, 1e-3));
            fp.add(new LayerSpec.ActivationLayer(Activation.RELU));
        }
        fp.addAll(List.of(new Flatten(), new Dropout(0.2), new Dense(128, Activation.LINEAR), new BatchNorm(0.9, 1e-3)));
        PRESETS.put("fingerprint", List.copyOf(fp));
    }

    private BranchPresets() {
    }

    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    public static Optional<List<LayerSpec>> get(String name) {
        return Optional.ofNullable(PRESETS.get(name));
    }
}
