package dev.siamese.cli;

import dev.siamese.ExperimentException;
import dev.siamese.match.Enrollment;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Gallery;
import dev.siamese.match.GalleryFile;
import dev.siamese.match.ImageFolder;
import dev.siamese.match.TemplateFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code siamese enroll FOLDER --model M --gallery G}: the templates of a folder of scans, each with the identity its
 * file name gives, written as a gallery file for {@code siamese identify} (as {@code siamese:enroll}).
 */
@Command(mixinStandardHelpOptions = true, name = "enroll",
        description = "Enroll a folder of scans into a gallery file, identities from the file names.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DONE, ExitCodes.USER, ExitCodes.INTERNAL})
final class EnrollCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FOLDER", description = "The scans (top level; bmp, png, tif, tiff).")
    Path images;

    @Option(names = {"-g", "--gallery"}, required = true, paramLabel = "FILE", description = "The gallery file to write.")
    Path gallery;

    @Mixin
    IdentityPatternOption identity;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "float32", converter = TemplateFormatConverter.class,
            description = "How templates are stored: float32 or int8. Default: ${DEFAULT-VALUE}.")
    TemplateFormat format;

    @Override
    public Integer call() {
        ImageFolder.images(images); // an empty or missing folder fails before the model loads
        FingerprintMatcher matcher = model.load();
        Gallery g = new Enrollment(matcher).enroll(images, identity.pattern, format);
        try {
            GalleryFile.write(gallery, g);
        } catch (IOException e) {
            throw new ExperimentException(gallery + ": cannot write (" + ExperimentException.reason(e) + ")");
        }
        EnrollResult result = EnrollResult.of(gallery, g, format);
        output.emit(result, result.line());
        return ExitCodes.OK;
    }
}
