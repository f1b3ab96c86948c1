package dev.siamese.reference;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;

/** siamese-model's branch presets (BranchPresets) and the benchmark's conv-deep branch, as DJL blocks. */
final class Branches {
    private Branches() {
    }

    static Block get(String name) {
        return switch (name) {
            case "dense-1" -> new SequentialBlock().add(Blocks.batchFlattenBlock()).add(dense(128))
                    .add(Activation.reluBlock());
            case "dense-3" -> new SequentialBlock().add(Blocks.batchFlattenBlock())
                    .add(dense(128)).add(Activation.reluBlock()).add(dropout(0.3f))
                    .add(dense(128)).add(Activation.reluBlock()).add(dropout(0.3f))
                    .add(dense(128)).add(Activation.reluBlock());
            case "conv" -> new SequentialBlock()
                    .add(conv(4, 5, 1, 0)).add(Activation.tanhBlock()).add(Pool.avgPool2dBlock(new Shape(2, 2)))
                    .add(conv(16, 5, 1, 0)).add(Activation.tanhBlock()).add(Pool.avgPool2dBlock(new Shape(2, 2)))
                    .add(Blocks.batchFlattenBlock()).add(batchNorm(0.99f)).add(dense(10)).add(Activation.tanhBlock());
            case "conv-deep" -> new SequentialBlock()
                    .add(conv(8, 5, 1, 0)).add(Activation.reluBlock()).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                    .add(conv(16, 5, 1, 0)).add(Activation.reluBlock()).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                    .add(conv(32, 3, 1, 0)).add(Activation.reluBlock()).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                    .add(Blocks.batchFlattenBlock()).add(dense(32)).add(Activation.tanhBlock());
            case "fingerprint" -> fingerprint();
            default -> throw new IllegalArgumentException("no branch " + name);
        };
    }

    /** Six conv (same padding) + BatchNorm + ReLU stages, 12–96 channels, then Dropout → Dense(128) → BatchNorm. */
    private static Block fingerprint() {
        SequentialBlock b = new SequentialBlock();
        int[][] stages = {{12, 5, 2}, {24, 3, 2}, {32, 3, 1}, {48, 3, 2}, {64, 3, 1}, {96, 3, 2}};
        for (int[] st : stages) {
            b.add(conv(st[0], st[1], st[2], st[1] / 2)).add(batchNorm(0.9f)).add(Activation.reluBlock());
        }
        return b.add(Blocks.batchFlattenBlock()).add(dropout(0.2f)).add(dense(128)).add(batchNorm(0.9f));
    }

    private static Block conv(int filters, int kernel, int stride, int padding) {
        return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride)).optPadding(new Shape(padding, padding)).build();
    }

    private static Block dense(int units) {
        return Linear.builder().setUnits(units).build();
    }

    private static Block dropout(float rate) {
        return Dropout.builder().optRate(rate).build();
    }

    private static Block batchNorm(float momentum) {
        return BatchNorm.builder().optMomentum(momentum).optEpsilon(1e-3f).build();
    }
}
