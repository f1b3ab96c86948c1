package dev.siamese.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Cosines between the L2-normalised embeddings and the L2-normalised class weights: CosFace's head. */
final class CosineHead extends AbstractBlock {
    private final int classes;
    private final Parameter weight;

    CosineHead(int classes, int dimensions) {
        this.classes = classes;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(classes, dimensions)).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = store.getValue(weight, x.getDevice(), training);
        NDArray xn = x.div(x.norm(new int[] {1}, true).maximum(1e-12f));
        NDArray wn = w.div(w.norm(new int[] {1}, true).maximum(1e-12f));
        return new NDList(xn.matMul(wn.transpose()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), classes)};
    }
}
