package dev.siamese.cli;

import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.ResizePolicy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of a command that loads a model: which one, and how it reads scans and decides. */
final class ModelOptions {
    @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL",
            description = "An experiment's output folder (target/siamese), a model.zip (matcher.json beside it), "
                    + "or groupId:artifactId:version of an installed experiment.")
    String model;

    @Mixin
    ModelRepository repository;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Decide at this distance instead of the model's operating threshold (its matcher.json).")
    Double threshold;

    @Option(names = "--dpi", paramLabel = "D",
            description = "The scans' resolution, for a model that rescales scans (model.input); default 500.")
    Double dpi;

    @Option(names = "--resize", paramLabel = "POLICY", defaultValue = "reject",
            description = "An image of another size than the model's: reject (an error) or bilinear (resize it). "
                    + "Default: ${DEFAULT-VALUE}.")
    String resize;

    /** The model's path ({@link ModelRepository#locate}). */
    Path locate() {
        return repository.locate(model);
    }

    /** The model as these options configure it; an {@code ExperimentException} for a user's mistake. */
    FingerprintMatcher load() {
        ResizePolicy policy = ResizePolicy.parse(resize, "--resize");
        FingerprintMatcher loaded = FingerprintMatcher.load(locate(), policy);
        FingerprintMatcher given = threshold == null ? loaded : loaded.withThreshold(threshold);
        return dpi == null ? given : given.withScanDpi(dpi);
    }
}
