package dev.siamese.maven;

import dev.siamese.experiment.ExperimentCheck;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when {@code results.json} misses the spec's expectations, as jacoco's check goal does
 * for coverage: one log line per missed limit (metric, actual, expected limit, by how much), then a
 * one-line failure. All met: one line saying so. Also writes the outcomes as a JUnit XML report,
 * {@code target/siamese/TEST-siamese-expectations.xml}, one test case per expectation, for CI dashboards.
 * The checking is the library's ({@link ExperimentCheck}).
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends SiameseMojo {
    static final String HALT_PROPERTY = "siamese.check.haltOnFailure";

    /**
     * Whether missed expectations fail the build ({@code true}, the default); {@code false} reports them as
     * warnings in the log and lets the build go on.
     *
     * @since 0.1.0
     */
    @Parameter(property = HALT_PROPERTY, defaultValue = "true")
    private boolean haltOnFailure;

    @Override
    protected void run() {
        BuildOutcome.conclude(new FittingLog(getLog()), new ExperimentCheck().run(readSpec(), outputDirectory.toPath()), haltOnFailure,
                HALT_PROPERTY);
    }
}
