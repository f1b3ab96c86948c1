package dev.siamese.engine;

import org.deeplearning4j.nn.conf.graph.StackVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/**
 * DL4J's {@link StackVertex}, which stacks its inputs along the batch dimension, except that inputs already lying
 * one after the other in one buffer (the left and right halves of a batch of pairs, or of the images being
 * embedded) are stacked as a view of that memory instead of being copied. The copy was a large share of a dense-1
 * training step and most of an embedding call's time outside the matrix product. Anything else is stacked by
 * DL4J's own code.
 */
public class AdjacentStackVertex extends StackVertex {
    @Override
    public AdjacentStackVertex clone() {
        return new AdjacentStackVertex();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdjacentStackVertex;
    }

    @Override
    public int hashCode() {
        return AdjacentStackVertex.class.getName().hashCode();
    }

    @Override
    public String toString() {
        return "AdjacentStackVertex()";
    }

    @Override
    public GraphVertex instantiate(ComputationGraph graph, String name, int idx, INDArray paramsView,
                                   boolean initializeParams, DataType networkDatatype) {
        return new Impl(graph, name, idx, networkDatatype);
    }

    /**
     * The inputs as one array, a view of their common buffer, when they are c-ordered arrays of one shape and type
     * that lie back to back in it, in order; else {@code null}.
     */
    static INDArray joined(INDArray[] parts) {
        INDArray first = parts[0];
        DataBuffer root = root(first);
        if (root == null) {
            return null;
        }
        long next = first.offset();
        for (INDArray p : parts) {
            if (root(p) != root || p.offset() != next || p.dataType() != first.dataType()
                    || !Arrays.equals(p.shape(), first.shape())) {
                return null;
            }
            next += p.length();
        }
        long[] shape = first.shape().clone();
        shape[0] *= parts.length;
        return Nd4j.create(root, shape, Nd4j.getStrides(shape, 'c'), first.offset(), 'c');
    }

    /**
     * The buffer a plain c-ordered array is a window of, when its offset counts from that buffer's start (its own
     * buffer is that buffer or a view sharing its address); else {@code null}.
     */
    private static DataBuffer root(INDArray a) {
        if (a.isEmpty() || !denseRowMajor(a)) {
            return null;
        }
        DataBuffer own = a.data();
        DataBuffer root = own.originalDataBuffer() == null ? own : own.originalDataBuffer();
        return root.originalDataBuffer() == null && root.address() == own.address() ? root : null;
    }

    /** Whether the elements lie contiguously in row-major order (the stride of a dimension of size 1 is moot). */
    private static boolean denseRowMajor(INDArray a) {
        long expected = 1;
        for (int d = a.rank() - 1; d >= 0; d--) {
            if (a.size(d) != 1 && a.stride(d) != expected) {
                return false;
            }
            expected *= a.size(d);
        }
        return true;
    }

    private static final class Impl extends org.deeplearning4j.nn.graph.vertex.impl.StackVertex {
        Impl(ComputationGraph graph, String name, int vertexIndex, DataType dataType) {
            super(graph, name, vertexIndex, dataType);
        }

        @Override
        public INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
            // rank 3 may stack sequences of different lengths, which DL4J's backward pass has to remember
            INDArray view = inputs.length > 1 && inputs[0].rank() != 3 ? joined(inputs) : null;
            return view != null ? view : super.doForward(training, workspaceMgr);
        }
    }
}
