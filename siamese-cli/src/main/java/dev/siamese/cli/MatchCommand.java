package dev.siamese.cli;

import dev.siamese.data.GrayImage;
import dev.siamese.data.ImageFiles;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Template;
import dev.siamese.match.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code siamese match A B --model M}: whether two scans are of one finger, by a trained model at its operating
 * threshold (or {@code --threshold}); the decision is the exit code, the distance and threshold the printed line or
 * JSON.
 */
@Command(mixinStandardHelpOptions = true, name = "match", description = "Compare two scans with a trained model: distance, threshold, decision.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DECISION, ExitCodes.NO_DECISION, ExitCodes.USER, ExitCodes.INTERNAL})
final class MatchCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "A", description = "The first scan (PNG, BMP, ...).")
    Path left;

    @Parameters(index = "1", paramLabel = "B", description = "The second scan.")
    Path right;

    @Override
    public Integer call() {
        List<GrayImage> scans = List.of(ImageFiles.readGray(left), ImageFiles.readGray(right)); // before the model loads
        FingerprintMatcher matcher = model.load();
        List<Template> templates = matcher.embedAll(scans, List.of(left.toString(), right.toString()));
        Verification v = matcher.verify(templates.get(0), templates.get(1));
        MatchResult result = MatchResult.of(left, right, v, matcher);
        output.emit(result, result.line());
        return v.matches() ? ExitCodes.MATCH : ExitCodes.NO_MATCH;
    }
}
