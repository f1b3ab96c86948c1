package dev.siamese.reference;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.optimizer.Optimizer;

/**
 * One timed workload: a branch (and for identity training its CosFace head), the images per step and their size.
 *
 * @param batch      images per step (two per pair for pair workloads)
 * @param identities classes of the CosFace head; 0 for a pair workload trained with the contrastive loss
 */
record Workload(String name, Block embeddingBlock, Block block, int batch, int size, int identities,
                Optimizer optimizer) {

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
