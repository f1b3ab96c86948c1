package dev.siamese.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class AdjacentStackVertexTest {
    @BeforeAll
    static void backend() {
        Backends.initialise();
    }

    private static INDArray rows(INDArray a, long from, long to) {
        return a.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
    }

    @Test
    void halvesOfOneArrayStackAsAViewOfIt() {
        INDArray all = Nd4j.rand(DataType.FLOAT, 6, 1, 3, 3);
        INDArray joined = AdjacentStackVertex.joined(new INDArray[]{rows(all, 0, 3), rows(all, 3, 6)});
        assertNotNull(joined);
        assertEquals(all, joined);
        all.putScalar(new long[]{5, 0, 2, 2}, 7f); // the same memory, not a copy
        assertEquals(7f, joined.getFloat(5, 0, 2, 2));

        INDArray middle = AdjacentStackVertex.joined(new INDArray[]{rows(all, 1, 3), rows(all, 3, 5)});
        assertNotNull(middle);
        assertEquals(rows(all, 1, 5), middle);
    }

    @Test
    void anythingElseIsLeftToTheCopy() {
        INDArray all = Nd4j.rand(DataType.FLOAT, 6, 1, 3, 3);
        INDArray other = Nd4j.rand(DataType.FLOAT, 3, 1, 3, 3);
        assertNull(AdjacentStackVertex.joined(new INDArray[]{rows(all, 3, 6), rows(all, 0, 3)}), "reversed");
        assertNull(AdjacentStackVertex.joined(new INDArray[]{rows(all, 0, 2), rows(all, 3, 5)}), "a gap");
        assertNull(AdjacentStackVertex.joined(new INDArray[]{rows(all, 0, 3), other}), "two arrays");
        assertNull(AdjacentStackVertex.joined(new INDArray[]{rows(all, 0, 2), rows(all, 2, 6)}), "two shapes");
        INDArray f = Nd4j.rand(DataType.FLOAT, 'f', 6, 4);
        assertNull(AdjacentStackVertex.joined(new INDArray[]{f.get(NDArrayIndex.interval(0, 3), NDArrayIndex.all()),
                f.get(NDArrayIndex.interval(3, 6), NDArrayIndex.all())}), "column-major");
        INDArray columns = Nd4j.rand(DataType.FLOAT, 4, 6);
        assertNull(AdjacentStackVertex.joined(new INDArray[]{columns.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 3)),
                columns.get(NDArrayIndex.all(), NDArrayIndex.interval(3, 6))}), "strided");
    }
}
