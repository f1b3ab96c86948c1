package dev.siamese.match;

import dev.siamese.ExperimentException;
import dev.siamese.data.GrayImage;
import dev.siamese.data.IdentityPattern;
import dev.siamese.data.ImageFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Enrolls a folder of scans: a template per image, its identity from the file name by a pattern. */
public final class Enrollment {
    private static final Logger LOG = LoggerFactory.getLogger(Enrollment.class);
    private static final int BATCH = 256;

    private final FingerprintMatcher matcher;

    public Enrollment(FingerprintMatcher matcher) {
        this.matcher = matcher;
    }

    public Gallery enroll(Path folder, Pattern identityPattern, TemplateFormat format) {
        List<Path> files = ImageFolder.images(folder);
        List<GalleryEntry> entries = new ArrayList<>(files.size());
        for (Path f : files) {
            String name = f.getFileName().toString();
            String identity = IdentityPattern.identity(identityPattern, name).orElseThrow(() -> new ExperimentException(
                    f + ": file name does not give an identity by the pattern \"" + identityPattern.pattern() + "\""));
            entries.add(new GalleryEntry(identity, name));
        }
        List<Template> templates = embed(matcher, files);
        return Gallery.of(matcher, entries, templates, format);
    }

    /** Templates of image files in batches, with progress on long runs. */
    static List<Template> embed(FingerprintMatcher matcher, List<Path> files) {
        List<Template> templates = new ArrayList<>(files.size());
        long start = System.nanoTime();
        long lastLog = start;
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<GrayImage> images = new ArrayList<>(batch.size());
            List<String> names = new ArrayList<>(batch.size());
            for (Path f : batch) {
                images.add(ImageFiles.readGray(f));
                names.add(f.toString());
            }
            templates.addAll(matcher.embedAll(images, names));
            long now = System.nanoTime();
            if (now - lastLog > 10_000_000_000L && templates.size() < files.size()) {
                LOG.info("Embedded {} of {} images", templates.size(), files.size());
                lastLog = now;
            }
        }
        return templates;
    }
}
