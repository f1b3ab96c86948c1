package dev.siamese.spec;

import java.util.List;

/**
 * Walks a branch's layers from the input image size and reports the first layer whose input does not
 * fit it, so that a bad layer list is a spec error rather than a failure deep inside DL4J.
 */
final class BranchShapes {
    private BranchShapes() {
    }

    /** A feature map (channels × height × width), or a flat vector when {@code flat}. */
    private record Shape(boolean flat, long channels, long height, long width) {
        long size() {
            return flat ? channels : channels * height * width;
        }

        @Override
        public String toString() {
            return flat ? "a vector of " + channels : channels + "×" + height + "×" + width;
        }
    }

    /** Where a layer's problem is reported: {@code model.branch[i]}, or {@code ...layers[j]} inside a residual block. */
    @FunctionalInterface
    private interface At {
        SpecException error(int index, String problem);
    }

    /** Throws a {@link SpecException} at {@code model.branch[i]} for the first layer that cannot take its input. */
    static void check(SpecNode model, List<LayerSpec> layers, int height, int width) {
        if (layers.isEmpty()) {
            throw model.errorAt("branch", "must have at least one layer");
        }
        Shape shape = walk(model, "branch", layers, new Shape(false, 1, height, width));
        if (!shape.flat()) {
            throw model.errorAt("branch", "the branch must end in a flat embedding but ends in " + shape
                    + "; add {\"type\": \"flatten\"} (and usually a dense layer)");
        }
    }

    /** The shape after {@code layers} (the array {@code field} of {@code node}), from {@code shape}. */
    private static Shape walk(SpecNode node, String field, List<LayerSpec> layers, Shape shape) {
        At at = (i, problem) -> node.errorAtElement(field, i, problem);
        for (int i = 0; i < layers.size(); i++) {
            shape = after(node, field, i, layers.get(i), shape, at);
        }
        return shape;
    }

    private static Shape after(SpecNode node, String field, int i, LayerSpec layer, Shape shape, At model) {
        String at = "gets " + shape;
        if (layer instanceof LayerSpec.Dense d) {
            if (!shape.flat()) {
                throw model.error(i, "dense needs a flat input but " + at + "; put {\"type\": \"flatten\"} before it");
            }
            return new Shape(true, d.units(), 1, 1);
        } else if (layer instanceof LayerSpec.Conv2d c) {
            if (shape.flat()) {
                throw model.error(i, "conv2d needs a 2-D feature map but " + at);
            }
            long h = outSize(shape.height(), c.kernelHeight(), c.strideHeight(), c.padding());
            long w = outSize(shape.width(), c.kernelWidth(), c.strideWidth(), c.padding());
            if (h < 1 || w < 1) {
                throw model.error(i, "kernel " + c.kernelHeight() + "×" + c.kernelWidth() + " does not fit: the layer " + at);
            }
            return new Shape(false, c.filters(), h, w);
        } else if (layer instanceof LayerSpec.Pool p) {
            if (shape.flat()) {
                throw model.error(i, p.type() + " needs a 2-D feature map but " + at);
            }
            long h = outSize(shape.height(), p.size(), p.stride(), LayerSpec.Padding.VALID);
            long w = outSize(shape.width(), p.size(), p.stride(), LayerSpec.Padding.VALID);
            if (h < 1 || w < 1) {
                throw model.error(i, "pool size " + p.size() + " does not fit: the layer " + at);
            }
            return new Shape(false, shape.channels(), h, w);
        } else if (layer instanceof LayerSpec.GlobalAvgPool) {
            if (shape.flat()) {
                throw model.error(i, "globalavgpool needs a 2-D feature map but " + at);
            }
            return new Shape(true, shape.channels(), 1, 1);
        } else if (layer instanceof LayerSpec.L2Normalize) {
            if (!shape.flat()) {
                throw model.error(i, "l2norm needs a flat input but " + at
                        + "; put {\"type\": \"flatten\"} or {\"type\": \"globalavgpool\"} before it");
            }
            return shape;
        } else if (layer instanceof LayerSpec.Flatten) {
            return new Shape(true, shape.size(), 1, 1);
        } else if (layer instanceof LayerSpec.Residual r) {
            if (shape.flat()) {
                throw model.error(i, "residual needs a 2-D feature map but " + at);
            }
            Shape out = walk(node.element(field, i), "layers", r.layers(), shape);
            if (LayerSpec.Residual.projectionStride(shape.height(), shape.width(), out.height(), out.width()) == 0) {
                throw model.error(i, "the block takes " + shape + " to " + out + ", which no strided 1×1 shortcut "
                        + "reaches (output ⌈size / stride⌉ per axis); use padding \"same\" in its convolutions");
            }
            return out;
        }
        return shape;
    }

    private static long outSize(long in, int kernel, int stride, LayerSpec.Padding padding) {
        return padding == LayerSpec.Padding.SAME ? (in + stride - 1) / stride : Math.floorDiv(in - kernel, stride) + 1;
    }
}
