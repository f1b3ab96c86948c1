package dev.siamese.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.RmsPropUpdater;
import org.nd4j.linalg.learning.config.RmsProp;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;

/**
 * RMSProp's update, {@code s ← ρ·s + (1 − ρ)·g²; g ← lr·g / (√s + ε)}, as libnd4j's op computes it, on
 * chunks of the gradient and state copied to the heap, where the JIT vectorises the loop; chunks are spread
 * over the cores. Each element is computed alone, so results do not depend on the threads. Anything but plain
 * float vectors goes to DL4J's own updater.
 */
final class JavaRmsPropUpdater extends RmsPropUpdater {
    /** Floats per chunk: two chunks of gradient and state stay in the core's L2 cache. */
    static final int CHUNK = 8192;

    JavaRmsPropUpdater(RmsProp config) {
        super(config);
    }

    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        INDArray state = getLastGradient();
        if (state == null) {
            throw new IllegalStateException("Updater has not been initialized with view state");
        }
        INDArray g = gradient.reshape(state.shape());
        if (!plainVector(g) || !plainVector(state)) {
            super.applyUpdater(gradient, iteration, epoch);
            return;
        }
        RmsProp c = getConfig();
        update(g, state, (float) c.getLearningRate(iteration, epoch), (float) c.getRmsDecay(), (float) c.getEpsilon());
    }

    /** The update of {@code gradient} (in place) and {@code state}, float vectors of one length. */
    static void update(INDArray gradient, INDArray state, float lr, float decay, float epsilon) {
        FloatBuffer g = gradient.data().asNioFloat();
        FloatBuffer s = state.data().asNioFloat();
        int gBase = g.position();
        int sBase = s.position();
        int n = (int) gradient.length();
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        if (chunks > 1) {
            range = range.parallel();
        }
        range.forEach(k -> {
            int from = k * CHUNK;
            int length = Math.min(CHUNK, n - from);
            KernelBuffers scratch = KernelBuffers.current();
            float[] gh = scratch.slot(0, CHUNK);
            float[] sh = scratch.slot(1, CHUNK);
            g.get(gBase + from, gh, 0, length);
            s.get(sBase + from, sh, 0, length);
            chunk(gh, sh, length, lr, decay, epsilon);
            g.put(gBase + from, gh, 0, length);
            s.put(sBase + from, sh, 0, length);
        });
    }

    private static void chunk(float[] g, float[] s, int length, float lr, float decay, float epsilon) {
        float keep = 1 - decay;
        for (int i = 0; i < length; i++) {
            float gi = g[i];
            float si = s[i] * decay + gi * gi * keep;
            s[i] = si;
            g[i] = (lr * gi) / ((float) Math.sqrt(si) + epsilon);
        }
    }

    private static boolean plainVector(INDArray a) {
        return a.dataType() == DataType.FLOAT && a.rank() == 1 && a.elementWiseStride() == 1
                && a.length() <= Integer.MAX_VALUE - CHUNK;
    }
}
