package dev.siamese.train;

import dev.siamese.data.GrayImage;

import java.util.List;

/**
 * Where a training image comes from in a given epoch when the data set can draw new ones (a synthetic
 * generator's fresh impressions): must be deterministic in its arguments, as batches are prepared on a
 * thread of their own.
 */
@FunctionalInterface
public interface EpochImageSource {
    /** The image standing for training image {@code file} in 1-based {@code epoch} (an epoch after the first). */
    GrayImage image(String file, int epoch);

    /** Makes the {@link EpochImageSource} of a training split's images (e.g. grows their fingers' master prints). */
    @FunctionalInterface
    interface Source {
        EpochImageSource of(List<String> files);
    }
}
