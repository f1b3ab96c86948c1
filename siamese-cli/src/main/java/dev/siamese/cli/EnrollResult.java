package dev.siamese.cli;

import dev.siamese.match.Gallery;
import dev.siamese.match.GalleryEntry;
import dev.siamese.match.TemplateFormat;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code siamese enroll} answers (its JSON).
 *
 * @param gallery     the gallery file written
 * @param images      templates enrolled
 * @param identities  distinct identities among them
 * @param format      {@code float32} or {@code int8}
 * @param dimensions  values per template
 * @param modelSha256 the model that made them
 */
record EnrollResult(String gallery, int images, long identities, String format, int dimensions, String modelSha256) {

    static EnrollResult of(Path file, Gallery g, TemplateFormat format) {
        return new EnrollResult(file.toString(), g.size(),
                g.entries().stream().map(GalleryEntry::identity).distinct().count(), format.jsonName(),
                g.dimensions(), g.modelSha256());
    }

    /** One line, as {@code siamese:enroll} logs it. */
    String line() {
        return String.format(Locale.ROOT, "Enrolled %d images of %d identities (%s, %d values each) into %s", images,
                identities, format, dimensions, gallery);
    }
}
