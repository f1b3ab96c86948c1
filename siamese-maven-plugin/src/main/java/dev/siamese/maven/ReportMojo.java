package dev.siamese.maven;

import dev.siamese.report.ExperimentReport;
import dev.siamese.spec.ExperimentSpec;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Re-renders {@code report.html} from the files {@code siamese:evaluate} left below the output folder
 * ({@code results.json}, {@code scores.json}, the data set's images) and the spec's expectations: no
 * network, no ND4J, seconds. For a report after upgrading the plugin, or after changing only the
 * expectations.
 *
 * @since 0.2.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends SiameseMojo {

    @Override
    protected void run() {
        ExperimentSpec experiment = readSpec();
        drawHeadless();
        getLog().info("Wrote " + new ExperimentReport().write(outputDirectory.toPath(), experiment.expectations()));
    }
}
