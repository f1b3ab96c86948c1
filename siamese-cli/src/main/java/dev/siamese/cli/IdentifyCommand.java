package dev.siamese.cli;

import dev.siamese.ExperimentException;
import dev.siamese.Sha256;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Gallery;
import dev.siamese.match.GalleryFile;
import dev.siamese.match.Identification;
import dev.siamese.match.IdentificationReport;
import dev.siamese.match.ImageFolder;
import dev.siamese.match.ModelLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code siamese identify PROBE --model M --gallery G}: the gallery's nearest templates to each probe scan, with
 * the decision at the operating threshold (as {@code siamese:identify}); {@code --json} and {@code -o} give
 * {@code identify.json}'s content.
 */
@Command(mixinStandardHelpOptions = true, name = "identify",
        description = "Search a gallery for the nearest templates to a scan or each scan of a folder.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DONE, ExitCodes.USER, ExitCodes.INTERNAL})
final class IdentifyCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "PROBE", description = "A scan, or a folder of scans.")
    Path probe;

    @Option(names = {"-g", "--gallery"}, required = true, paramLabel = "FILE",
            description = "The gallery file (siamese enroll).")
    Path gallery;

    @Option(names = {"-k", "--top"}, paramLabel = "K", defaultValue = "5",
            description = "Candidates per probe. Default: ${DEFAULT-VALUE}.")
    int top;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new ExperimentException("--top: must be at least 1, got " + top);
        }
        Gallery g = GalleryFile.read(gallery);
        List<Path> probes = ImageFolder.images(probe);
        Path modelPath = model.locate();
        g.requireModel(Sha256.of(ModelLocation.of(modelPath).model()), gallery.toString()); // before loading ND4J
        FingerprintMatcher matcher = model.load();
        List<Identification.ProbeResult> results = new Identification(matcher, g, gallery.toString())
                .identify(probes, top);
        IdentificationReport report = IdentificationReport.of(gallery.toString(), matcher, top, results);
        output.emit(report, String.join(System.lineSeparator(), report.table()));
        return ExitCodes.OK;
    }
}
