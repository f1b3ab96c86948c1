package dev.siamese.spec;

import java.util.List;
import java.util.Locale;

/**
 * How the learning rate changes over training ({@code training.learningRateSchedule}), as a factor of the
 * optimizer's {@code learningRate} per epoch, after an optional linear warm-up.
 *
 * @param type         constant, cosine (from 1 down to {@code minFactor} at the last epoch) or step
 *                     (× {@code factor} every {@code stepEpochs})
 * @param warmupEpochs epochs of linear warm-up from {@code 1/(warmup+1)} to 1, before the schedule proper
 * @param minFactor    cosine: the factor reached at the end
 * @param stepEpochs   step: epochs between drops
 * @param factor       step: the factor of each drop
 */
public record ScheduleSpec(Type type, int warmupEpochs, double minFactor, int stepEpochs, double factor) {
    public static final ScheduleSpec CONSTANT = new ScheduleSpec(Type.CONSTANT, 0, 0, 1, 1);

    /** The learning-rate factor of 1-based {@code epoch} of {@code epochs}. */
    public double factor(int epoch, int epochs) {
        if (epoch <= warmupEpochs) {
            return (double) epoch / (warmupEpochs + 1);
        }
        int e = epoch - warmupEpochs - 1; // 0-based epoch after warm-up
        int span = Math.max(1, epochs - warmupEpochs - 1);
        return switch (type) {
            case CONSTANT -> 1.0;
            case COSINE -> minFactor + (1 - minFactor) * 0.5 * (1 + Math.cos(Math.PI * Math.min(e, span) / span));
            case STEP -> Math.pow(factor, e / stepEpochs);
        };
    }

    public enum Type {
        CONSTANT, COSINE, STEP;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static List<String> jsonNames() {
            return java.util.Arrays.stream(values()).map(Type::jsonName).toList();
        }
    }
}
