package dev.siamese.match;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inner loop of int8 exact search: the integer dot products of one int8 probe with every row of a block of
 * {@link ExactSearch#BLOCK} rows, stored as the kernel lays them out ({@link #at}). Two implementations give identical sums: {@link ScalarInt8Kernel}, plain
 * Java, and {@link VectorInt8Kernel}, the Vector API (incubating in Java 17: it loads only where the JVM runs
 * with {@code --add-modules jdk.incubator.vector}). {@link #best()} is the one switch between them.
 */
interface Int8Kernel {
    /** Where the value of (row {@code r} of a block, dimension {@code j}) lies in the block's array. */
    int at(int r, int j, int dimensions);

    /** Writes into {@code dots} the dot products of {@code probe} with the block's {@link ExactSearch#BLOCK} rows. */
    void dots(byte[] block, byte[] probe, int[] dots);

    /** What it is, for a benchmark's header. */
    String describe();

    /**
     * The Vector API kernel where the module {@code jdk.incubator.vector} is loaded and the system property
     * {@code siamese.vectorApi} is not {@code false}; the scalar kernel otherwise.
     */
    static Int8Kernel best() {
        return Selected.KERNEL;
    }

    /** Holds the choice, made once. */
    final class Selected {
        private static final Logger LOG = LoggerFactory.getLogger(Int8Kernel.class);
        static final Int8Kernel KERNEL = choose();

        private Selected() {
        }

        private static Int8Kernel choose() {
            if (!Boolean.parseBoolean(System.getProperty("siamese.vectorApi", "true"))
                    || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                return new ScalarInt8Kernel();
            }
            try {
                return new VectorInt8Kernel();
            } catch (LinkageError | RuntimeException e) {
                LOG.warn("The Vector API did not load ({}); int8 search runs the scalar loop", e.toString());
                return new ScalarInt8Kernel();
            }
        }
    }
}
