package dev.siamese.experiment;

import dev.siamese.pairs.SplitSummary;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DatasetPreparer#prepare} did.
 *
 * @param upToDate true when the folder already matched the spec and nothing was written
 * @param warnings one line each: a split with one finger only, or pairs of one label only
 * @param fingerprint the data set's (see {@link InputDigests#dataset})
 */
public record PreparationReport(boolean upToDate, Path directory, String type, int width, int height, int images,
                                int identities, SplitSummary train, SplitSummary validation, List<String> warnings,
                                String fingerprint) {

    /** One line for the build log. */
    public String summary() {
        return (upToDate ? "Data set up to date: " : "Generated data set: ") + images + " " + type + " images of "
                + identities + " finger" + (identities == 1 ? "" : "s") + ", " + (width == 0 ? "of several sizes" : width + "×" + height)
                + "; train " + describe(train) + "; validation " + describe(validation) + " (" + directory + ")";
    }

    private static String describe(SplitSummary s) {
        return s.images() + " images, " + s.pairs() + " pairs (" + s.genuine() + " genuine)";
    }
}
