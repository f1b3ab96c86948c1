package dev.siamese.reference;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.List;

/**
 * One timed workload: a branch (and for identity training its CosFace head), the images per step and their size.
 *
 * @param batch      images per step (two per pair for pair workloads)
 * @param identities classes of the CosFace head; 0 for a pair workload trained with the contrastive loss
 */
record Workload(String name, Block embeddingBlock, Block block, int batch, int size, int identities,
                Optimizer optimizer) {

    /** The workloads the benchmarks run, by the names {@link #of} takes. */
    static final List<String> NAMES = List.of("dense-1", "dense-3", "conv", "conv-deep", "matcher");

    /**
     * The workload named: a seed-stripes preset (24 pairs of 160 px a step, i.e. one epoch, RMSprop), the
     * synthetic-conv-deep branch (32 pairs of 128 px, Adam) or the matcher's recipe (64 prints of 128 px, CosFace over
     * 48 fingers, Adam with weight decay), as siamese-benchmarks' benchmarks run them.
     */
    static Workload of(String name) {
        return switch (name) {
            case "dense-1", "dense-3", "conv" -> pairs("stripes " + name + ", 24 pairs, 160 px", Branches.get(name), 24,
                    160, new RmsPropUpdate(1e-3f, 0.9f, 1e-7f));
            case "conv-deep" -> pairs("synthetic-conv-deep, 32 pairs, 128 px", Branches.get("conv-deep"), 32, 128,
                    Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).optBeta1(0.9f).optBeta2(0.999f)
                            .optEpsilon(1e-7f).build());
            case "matcher" -> identities("fingerprint + CosFace, 64 images, 128 px", 64, 128, 48, Optimizer.adam()
                    .optLearningRateTracker(Tracker.fixed(2e-3f)).optBeta1(0.9f).optBeta2(0.999f).optEpsilon(1e-7f)
                    .optWeightDecays(5e-4f).build());
            default -> throw new IllegalArgumentException("unknown workload " + name + "; known: " + NAMES);
        };
    }

    int pairs() {
        return batch / 2;
    }

    static Workload pairs(String name, Block branch, int pairs, int size, Optimizer optimizer) {
        return new Workload(name, branch, branch, 2 * pairs, size, 0, optimizer);
    }

    /** The matcher's recipe: the fingerprint branch, then L2 normalisation and the CosFace cosine head. */
    static Workload identities(String name, int batch, int size, int identities, Optimizer optimizer) {
        Block branch = Branches.get("fingerprint");
        SequentialBlock withHead = new SequentialBlock().add(branch).add(new CosineHead(identities, 128));
        return new Workload(name, branch, withHead, batch, size, identities, optimizer);
    }
}
