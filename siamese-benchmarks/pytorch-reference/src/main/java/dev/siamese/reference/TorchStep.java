package dev.siamese.reference;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;

/**
 * One workload's model and trainer on libtorch, stepped one training step at a time: random inputs of the right
 * shape made before the clock starts, then forward, backward and update timed.
 */
final class TorchStep implements AutoCloseable {
    static final int EMBEDDING_BATCH = 256;

    /** The phases of one step, in ms. */
    record Times(double forward, double backward, double update, double step) {
    }

    private final Workload w;
    private final Model model;
    private final Trainer trainer;
    private NDArray embeddingInput;
    private ParameterStore store;

    TorchStep(Workload w) {
        this.w = w;
        model = Model.newInstance(w.name(), Device.cpu(), "PyTorch");
        model.setBlock(w.block());
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(w.optimizer())
                .optDevices(new Device[] {Device.cpu()});
        trainer = model.newTrainer(config);
        trainer.initialize(new Shape(w.batch(), 1, w.size(), w.size()));
    }

    Times run() {
        try (NDManager step = trainer.getManager().newSubManager()) {
            NDArray x = step.randomUniform(0, 1, new Shape(w.batch(), 1, w.size(), w.size()));
            NDArray labels = w.identities() > 0
                    ? step.randomInteger(0, w.identities(), new Shape(w.batch()), DataType.INT64)
                    : step.arange(w.pairs()).toType(DataType.INT32, false).mod(2).toType(DataType.FLOAT32, false);
            long t0 = System.nanoTime();
            long t1;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                NDArray loss = w.identities() > 0 ? Losses.cosFace(out, labels, w.identities(), 30, 0.35f)
                        : Losses.contrastive(out, labels, w.pairs(), 1f);
                loss.toFloatArray(); // forces the forward pass to complete before the clock
                t1 = System.nanoTime();
                gc.backward(loss);
            }
            long t2 = System.nanoTime();
            trainer.step();
            long t3 = System.nanoTime();
            return new Times((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6);
        }
    }

    /** One inference of the branch (no loss head) at batch {@value #EMBEDDING_BATCH}, evaluation mode, no gradients, in ms. */
    double embed() {
        NDManager root = trainer.getManager();
        if (embeddingInput == null) {
            store = new ParameterStore(root, false);
            embeddingInput = root.randomUniform(0, 1, new Shape(EMBEDDING_BATCH, 1, w.size(), w.size()));
        }
        try (NDManager call = root.newSubManager()) {
            long start = System.nanoTime();
            NDArray e = w.embeddingBlock().forward(store, new NDList(embeddingInput), false).singletonOrThrow();
            e.tempAttach(call);
            e.toFloatArray();
            return (System.nanoTime() - start) / 1e6;
        }
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
