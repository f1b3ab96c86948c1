package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.match.Enrollment;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Gallery;
import dev.siamese.match.GalleryFile;
import dev.siamese.match.ImageFolder;
import dev.siamese.match.TemplateFormat;
import dev.siamese.spec.FolderDatasetSpec;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Enrolls a folder of scans into a gallery file: a template per image with the model, the identity from
 * each file name, and the model's SHA-256 (a gallery is searched only with the model that made it).
 * Needs no project.
 *
 * @since 0.2.0
 */
@Mojo(name = "enroll", requiresProject = false, threadSafe = true)
public class EnrollMojo extends ModelMojo {

    /**
     * The folder of scans (top level; bmp, png, tif, tiff).
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.images")
    private File images;

    /**
     * Java regex searched in each file name; its capturing groups joined by {@code _} are the identity (the
     * whole match without groups), as {@code dataset.identityPattern}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.identityPattern", defaultValue = FolderDatasetSpec.DEFAULT_IDENTITY_PATTERN)
    private String identityPattern;

    /**
     * The gallery file to write.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.gallery")
    private File gallery;

    /**
     * How templates are stored: {@code float32} or {@code int8} (a quarter of the size, faster search).
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.templateFormat", defaultValue = "float32")
    private String templateFormat;

    @Override
    protected void use() {
        if (images == null || gallery == null) {
            throw new ExperimentException("siamese:enroll needs -Dsiamese.images=<folder> and -Dsiamese.gallery=<file>");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(identityPattern);
        } catch (PatternSyntaxException e) {
            throw new ExperimentException("siamese.identityPattern: not a valid regular expression: " + e.getDescription());
        }
        TemplateFormat format;
        try {
            format = TemplateFormat.fromJson(templateFormat);
        } catch (IllegalArgumentException e) {
            throw new ExperimentException("siamese.templateFormat: \"" + templateFormat + "\" is not allowed; allowed: float32, int8");
        }
        ImageFolder.images(path(images)); // an empty or missing folder fails before the model loads
        FingerprintMatcher matcher = loadMatcher(locateModel());
        Gallery g = new Enrollment(matcher).enroll(path(images), pattern, format);
        Path file = path(gallery);
        try {
            GalleryFile.write(file, g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        long identities = g.entries().stream().map(e -> e.identity()).distinct().count();
        getLog().info(String.format(Locale.ROOT, "Enrolled %d images of %d identities (%s, %d values each) into %s",
                g.size(), identities, format.jsonName(), g.dimensions(), file));
    }
}
