package dev.siamese.cli;

import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.MatcherSettings;
import dev.siamese.match.ModelLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code siamese info MODEL}: what a model expects (input size, resolution and preparation, distance), the threshold
 * and operating point evaluation chose ({@code matcher.json}), and what the model records of its training.
 */
@Command(mixinStandardHelpOptions = true, name = "info", description = "Describe a model: input, resolution, distance, threshold, provenance.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DONE, ExitCodes.USER, ExitCodes.INTERNAL})
final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL",
            description = "An experiment's output folder (target/siamese), a model.zip, or groupId:artifactId:version.")
    String model;

    @Mixin
    ModelRepository repository;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() {
        Path path = repository.locate(model);
        FingerprintMatcher matcher = FingerprintMatcher.load(path);
        Optional<MatcherSettings> settings = ModelLocation.of(path).settings().map(MatcherSettings::read);
        ModelInfo info = ModelInfo.of(matcher, settings);
        output.emit(info, info.text());
        return ExitCodes.OK;
    }
}
