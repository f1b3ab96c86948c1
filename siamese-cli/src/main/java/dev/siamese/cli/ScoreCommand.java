package dev.siamese.cli;

import dev.siamese.ExperimentException;
import dev.siamese.eval.MetricsCalculator;
import dev.siamese.eval.OperatingThreshold;
import dev.siamese.eval.PairMetrics;
import dev.siamese.eval.ScoredPairs;
import dev.siamese.match.Enrollment;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.ImageFolder;
import dev.siamese.match.Template;
import dev.siamese.pairs.FvcPairSampler;
import dev.siamese.pairs.Pair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * {@code siamese score FOLDER --model M}: every comparison of FVC's protocol on a folder of scans ({@link
 * FvcPairSampler}: genuine = every pair of impressions of a finger, impostor = each finger's first impression
 * against every other's), and the metrics evaluation computes ({@link MetricsCalculator}): EER, FMR100, FMR1000,
 * ZeroFMR, ROC AUC; and FMR and FNMR at the model's operating threshold (or {@code --threshold}). The scans are
 * prepared as {@code match} prepares them (the model's input, {@code --dpi}); their fingers come from the file names
 * ({@code --identity-pattern}), impressions in file-name order.
 */
@Command(mixinStandardHelpOptions = true, name = "score",
        description = "Score a folder of scans by FVC's protocol (genuine: every pair of impressions of a finger; "
                + "impostor: first impressions of two fingers): EER, FMR100, FMR1000, ROC AUC.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DONE, ExitCodes.USER, ExitCodes.INTERNAL})
final class ScoreCommand extends ModelCommand {
    /** The loss is not reported; its margin does not matter. */
    private static final double UNUSED_MARGIN = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The scans (top level; bmp, png, tif, tiff).")
    Path folder;

    @Mixin
    IdentityPatternOption identity;

    @Option(names = "--scores", paramLabel = "FILE",
            description = "Also write every comparison as CSV: left,right,genuine,distance.")
    Path scoresFile;

    @Override
    public Integer call() {
        List<Scan> scans = scans();
        List<Pair> pairs = new FvcPairSampler().sample(scans.stream().map(Scan::identity).toList(), new Random(0));
        long fingers = scans.stream().map(Scan::identity).distinct().count();
        requireBothKinds(pairs, scans.size(), fingers);
        FingerprintMatcher matcher = model.load();
        PrintWriter err = spec.commandLine().getErr();
        List<Template> templates = Enrollment.embed(matcher, scans.stream().map(Scan::file).toList(),
                (done, total) -> err.printf("siamese score: embedded %d of %d scans%n", done, total));
        double[] distances = pairs.stream()
                .mapToDouble(p -> matcher.distance(templates.get(p.left()), templates.get(p.right()))).toArray();
        int[] labels = pairs.stream().mapToInt(Pair::label).toArray();
        ScoredPairs scored = new ScoredPairs(distances, labels);
        PairMetrics metrics = MetricsCalculator.compute(scored, matcher.threshold().orElse(Double.NaN), UNUSED_MARGIN);
        OperatingThreshold operating = matcher.threshold().isPresent()
                ? OperatingThreshold.at(scored, matcher.threshold().getAsDouble()) : null;
        if (scoresFile != null) {
            ScoresCsv.write(scoresFile, scans.stream().map(s -> s.file().getFileName().toString()).toList(), pairs,
                    distances);
        }
        ScoreResult result = ScoreResult.of(folder, scans.size(), (int) fingers, metrics, operating, matcher);
        output.emit(result, result.text());
        return ExitCodes.OK;
    }

    /** A scan and its finger. */
    record Scan(Path file, String identity) {
    }

    /** The folder's scans ordered as a folder data set orders them: by finger, then by file name. */
    private List<Scan> scans() {
        return ImageFolder.images(folder).stream().map(f -> new Scan(f, ImageFolder.identity(f, identity.pattern)))
                .sorted(Comparator.comparing(Scan::identity)) // stable: file names stay in order within a finger
                .toList();
    }

    /** Without genuine or without impostor comparisons no metric is defined: most often a pattern that does not fit. */
    private void requireBothKinds(List<Pair> pairs, int scans, long fingers) {
        boolean genuine = pairs.stream().anyMatch(p -> p.label() == 1);
        boolean impostor = pairs.stream().anyMatch(p -> p.label() == 0);
        if (!genuine || !impostor) {
            throw new ExperimentException(folder + ": " + scans + " scans of " + fingers
                    + " finger(s) by --identity-pattern \"" + identity.pattern.pattern() + "\" give no "
                    + (genuine ? "impostor" : "genuine")
                    + " comparison; scoring needs at least two fingers and a finger with two impressions");
        }
    }
}
