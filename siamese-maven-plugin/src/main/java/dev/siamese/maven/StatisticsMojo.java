package dev.siamese.maven;

import dev.siamese.experiment.DatasetComparison;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what this experiment's scans look like beside other experiments' (gray levels, ridge period, ridge share,
 * orientation coherence, print area and position, in a finger's units): a Markdown table, one column per data set,
 * "median (10th – 90th percentile)" over its first scans. For choosing a generator's ranges so that they cover what
 * sensors deliver. Needs no network.
 *
 * @since 0.3.0
 */
@Mojo(name = "statistics", threadSafe = true, requiresProject = false)
public class StatisticsMojo extends SiameseMojo {
    /**
     * Other experiments' specs whose data sets are set beside this one's, separated by commas.
     *
     * @since 0.3.0
     */
    @Parameter(property = "siamese.with")
    private List<File> with;

    /**
     * Scans measured per data set.
     *
     * @since 0.3.0
     */
    @Parameter(property = "siamese.scans", defaultValue = "" + DatasetComparison.DEFAULT_SCANS)
    private int scans;

    @Override
    protected void run() {
        ExperimentSpecReader reader = specReader();
        List<ExperimentSpec> specs = new ArrayList<>(List.of(readSpec()));
        if (with != null) {
            with.forEach(f -> specs.add(reader.read(f.toPath())));
        }
        getLog().info("Scans of " + specs.size() + " data sets, at most " + scans + " each:\n"
                + DatasetComparison.table(specs, scans));
    }
}
