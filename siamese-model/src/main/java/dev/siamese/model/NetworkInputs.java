package dev.siamese.model;

import dev.siamese.ExperimentException;
import dev.siamese.data.GrayImage;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.preprocess.ScanPreprocessor;
import dev.siamese.spec.InputSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * A prepared data set as a network sees it: with {@code model.input}, every scan preprocessed to the network's
 * resolution and window ({@link ScanPreprocessor}); without it, the images as they are, which must then all have
 * the network's size. The one place where training, evaluation, pretrained and fused models turn scans into input.
 */
public final class NetworkInputs {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkInputs.class);

    private NetworkInputs() {
    }

    /** For a network being trained: its size is the input's, or the data set's images' without one. */
    public static PreparedDataset forTraining(PreparedDataset data, InputSpec input, double scanDpi) {
        if (input == null) {
            requireOneSize(data, "give model.input to rescale the scans to the network's input");
            return data;
        }
        return preprocessed(data, input, scanDpi);
    }

    /** For a trained network (one trained here, pretrained or fused). */
    public static PreparedDataset of(PreparedDataset data, NetworkMetadata network, double scanDpi, String modelName) {
        if (network.input() != null) {
            return preprocessed(data, network.input(), scanDpi);
        }
        requireOneSize(data, "the model " + modelName + " takes " + network.width() + "×" + network.height()
                + " images as they are (it was trained without model.input)");
        int w = data.manifest().width();
        int h = data.manifest().height();
        if (network.width() != w || network.height() != h) {
            throw new ExperimentException(modelName + ": the model takes " + network.width() + "×" + network.height()
                    + " images, the data set's are " + w + "×" + h
                    + "; resize the data set (dataset.resize) or use a model trained at that size");
        }
        return data;
    }

    /** One scan of {@code scanDpi} as a network of {@code input} sees it, or as it is without {@code input}. */
    public static GrayImage of(GrayImage scan, InputSpec input, double scanDpi) {
        return input == null ? scan : ScanPreprocessor.apply(scan, scanDpi, input);
    }

    private static PreparedDataset preprocessed(PreparedDataset data, InputSpec input, double scanDpi) {
        long start = System.nanoTime();
        PreparedDataset out = data.withImages(scan -> ScanPreprocessor.apply(scan, scanDpi, input), input.width(),
                input.height());
        LOG.info(String.format(Locale.ROOT, "Network input: %d scans of %s dpi rescaled to %s dpi, centred in %d×%d, "
                        + "normalisation %s, in %.1f s", data.images().size(), number(scanDpi), number(input.dpi()),
                input.width(), input.height(), input.normalisation().jsonName(), (System.nanoTime() - start) / 1e9));
        return out;
    }

    private static void requireOneSize(PreparedDataset data, String remedy) {
        if (data.manifest().width() == 0) {
            throw new ExperimentException(data.directory() + ": the scans have several sizes; " + remedy);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
