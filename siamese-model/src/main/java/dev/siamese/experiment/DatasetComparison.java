package dev.siamese.experiment;

import dev.siamese.data.FolderDatasetLoader;
import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.data.StripesGenerator;
import dev.siamese.data.synthetic.SyntheticFingerprintGenerator;
import dev.siamese.preprocess.DatasetStatistics;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.FolderDatasetSpec;
import dev.siamese.spec.StripesDatasetSpec;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;

import java.util.List;

/**
 * What the scans of several experiments' data sets look like, side by side ({@link DatasetStatistics}): for
 * choosing a generator's ranges so that they cover what sensors deliver. A generator is asked for just the
 * fingers needed (its first fingers are the same whatever the data set's size); a folder's first scans in name
 * order are read.
 */
public final class DatasetComparison {
    /** Scans measured per data set unless asked otherwise. */
    public static final int DEFAULT_SCANS = 240;

    private DatasetComparison() {
    }

    /** The Markdown table of the experiments' data sets, at most {@code scans} scans of each. */
    public static String table(List<ExperimentSpec> specs, int scans) {
        return DatasetStatistics.table(specs.stream().map(s -> DatasetStatistics.of(s.name(), sample(s, scans),
                s.dataset().resolution())).toList());
    }

    static List<GrayImage> sample(ExperimentSpec spec, int scans) {
        List<LabeledImage> images;
        if (spec.dataset() instanceof SyntheticFingerprintsDatasetSpec d) {
            int fingers = Math.max(1, Math.min(d.fingers(), (scans + d.impressionsPerFinger() - 1) / d.impressionsPerFinger()));
            images = SyntheticFingerprintGenerator.generate(new SyntheticFingerprintsDatasetSpec(fingers,
                    d.impressionsPerFinger(), d.size(), d.ridgePeriods(), d.classMix(), d.variation(), d.rendering()),
                    spec.seed());
        } else if (spec.dataset() instanceof FolderDatasetSpec f) {
            images = FolderDatasetLoader.load(f, spec.confinement());
        } else {
            images = StripesGenerator.generate((StripesDatasetSpec) spec.dataset(), spec.seed());
        }
        return images.stream().limit(scans).map(LabeledImage::image).toList();
    }
}
