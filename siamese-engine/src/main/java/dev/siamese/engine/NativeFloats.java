package dev.siamese.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.FloatBuffer;

/** Bulk copies between float arrays in native memory and {@code float[]} on the heap, in c order. */
final class NativeFloats {
    private NativeFloats() {
    }

    /**
     * {@code a}'s elements in c order as a buffer of its own (a copy where {@code a} is a view, another order or
     * another type), for absolute reads: {@code get(index, into, 0, length)} leaves its position alone, so threads
     * may read one such buffer at once.
     */
    static FloatBuffer buffer(INDArray a) {
        INDArray plain = plain(a) ? a : a.castTo(DataType.FLOAT).dup('c');
        return plain.data().asNioFloat();
    }

    /** The start of {@code from} into {@code a}, an array of its own (not a view) in c order. */
    static void write(float[] from, INDArray a) {
        target(a).put(from, 0, (int) a.length());
    }

    /**
     * The native memory of {@code a}, an array of its own (not a view) in c order, as a buffer to write into; absolute
     * writes ({@code put(index, from, offset, length)}) leave its position alone, so threads may write disjoint
     * parts of it at once.
     */
    static FloatBuffer target(INDArray a) {
        if (!plain(a)) {
            throw new IllegalArgumentException("not a plain c-order float array: " + a.shapeInfoToString());
        }
        return a.data().asNioFloat();
    }

    /** {@code values} into {@code target}, a small array or view of as many elements (a gradient view). */
    static void assign(float[] values, INDArray target) {
        target.assign(Nd4j.createFromArray(values).reshape(target.shape()));
    }

    private static boolean plain(INDArray a) {
        return a.dataType() == DataType.FLOAT && !a.isView() && a.offset() == 0 && a.ordering() == 'c'
                && a.elementWiseStride() == 1;
    }
}
