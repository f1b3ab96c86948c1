package dev.siamese.match;

import dev.siamese.distance.EmbeddingDistance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Int8KernelTest {
    private static byte[] codes(Random r, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (r.nextInt(255) - 127); // the codes' range, −127..127, extremes included
        }
        return b;
    }

    /** The surefire JVM has the module: the tests below compare the two kernels, not one with itself. */
    @Test
    void theVectorApiKernelIsChosenWhereTheModuleIsLoaded() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
        assertTrue(Int8Kernel.best() instanceof VectorInt8Kernel, Int8Kernel.best().describe());
    }

    @Test
    void bothKernelsGiveTheDotProductsOfEveryRowOfABlock() {
        int rows = ExactSearch.BLOCK;
        for (int e : new int[] {1, 2, 7, 16, 128, 129}) {
            Random r = new Random(e);
            byte[] matrix = codes(r, rows * e); // row by row
            byte[] probe = codes(r, e);
            probe[0] = -127;
            matrix[0] = -127; // the largest product, twice over a pair of dimensions where e > 1
            if (e > 1) {
                probe[1] = -127;
                matrix[1] = -127;
            }
            int[] expected = new int[rows];
            for (int row = 0; row < rows; row++) {
                for (int j = 0; j < e; j++) {
                    expected[row] += probe[j] * matrix[row * e + j];
                }
            }
            for (Int8Kernel kernel : new Int8Kernel[] {new ScalarInt8Kernel(), new VectorInt8Kernel()}) {
                byte[] block = new byte[rows * e];
                for (int row = 0; row < rows; row++) {
                    for (int j = 0; j < e; j++) {
                        block[kernel.at(row, j, e)] = matrix[row * e + j];
                    }
                }
                int[] dots = new int[rows];
                kernel.dots(block, probe, dots);
                assertArrayEquals(expected, dots, kernel.describe() + ", " + e + " dimensions");
            }
        }
    }

    @Test
    void exactSearchFindsTheSameTopKWithEitherKernel() {
        for (EmbeddingDistance rule : EmbeddingDistance.values()) {
            Random r = new Random(3);
            int n = 3000; // five blocks and a partial one; 33 dimensions: an odd last dimension
            int e = 33;
            float[] values = new float[n * e];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) r.nextGaussian();
            }
            List<GalleryEntry> entries = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                entries.add(new GalleryEntry("id" + i / 3, "img" + i));
            }
            Gallery codes = Gallery.ofFloats("sha", rule, e, entries, values).quantised();
            ExactSearch scalar = new ExactSearch(codes, new ScalarInt8Kernel());
            ExactSearch vector = new ExactSearch(codes, new VectorInt8Kernel());
            List<float[]> probes = new ArrayList<>();
            for (int p = 0; p < 12; p++) {
                float[] probe = new float[e];
                for (int j = 0; j < e; j++) {
                    probe[j] = (float) r.nextGaussian();
                }
                probes.add(probe);
            }
            probes.add(codes.template(2999));
            assertEquals(scalar.search(probes, 10), vector.search(probes, 10), rule.toString());
            assertEquals(2999, vector.search(codes.template(2999), 1).get(0).index(), "the last row finds itself");
        }
    }
}
