package dev.siamese.cli;

import dev.siamese.spec.FolderDatasetSpec;
import picocli.CommandLine.Option;

import java.util.regex.Pattern;

/** {@code --identity-pattern}: how a scan's file name gives its finger, as a folder data set's identityPattern. */
final class IdentityPatternOption {
    @Option(names = "--identity-pattern", paramLabel = "REGEX",
            defaultValue = FolderDatasetSpec.DEFAULT_IDENTITY_PATTERN,
            description = "On the file name: capturing groups joined by _ are the identity (as dataset.identityPattern;"
                    + " FVC's 101_1.tif: ^(\\d+)_). Default: ${DEFAULT-VALUE}.")
    Pattern pattern;
}
