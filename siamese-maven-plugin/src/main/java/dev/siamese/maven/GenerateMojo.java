package dev.siamese.maven;

import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.experiment.PreparationReport;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the experiment's data set to {@code target/siamese/dataset/}: the images, {@code manifest.json}
 * (file, identity, pixel SHA-256, split) and {@code pairs.json}. Does nothing when the manifest already
 * matches the spec. Warns when a split holds a single finger or its pairs a single label.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends SiameseMojo {

    @Override
    protected void run() {
        PreparationReport report = new DatasetPreparer().prepare(readSpec(), datasetDirectory());
        new FittingLog(getLog()).info(report.summary());
        report.warnings().forEach(getLog()::warn);
    }
}
