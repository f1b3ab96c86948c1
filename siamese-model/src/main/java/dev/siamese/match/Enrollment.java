package dev.siamese.match;

import dev.siamese.data.GrayImage;
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
            entries.add(new GalleryEntry(ImageFolder.identity(f, identityPattern), f.getFileName().toString()));
        }
        List<Template> templates = embed(matcher, files, LOGGED);
        return Gallery.of(matcher, entries, templates, format);
    }

    /** Hears how far {@link #embed} is: {@code done} of {@code total} images. */
    @FunctionalInterface
    public interface Progress {
        void embedded(int done, int total);
    }

    /** Progress as an INFO line of the library's log. */
    static final Progress LOGGED = (done, total) -> LOG.info("Embedded {} of {} images", done, total);

    /**
     * Templates of image files (read as gray, errors naming the file) in batches; {@code progress} hears how far it
     * is every 10 s or so while images remain.
     */
    public static List<Template> embed(FingerprintMatcher matcher, List<Path> files, Progress progress) {
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
                progress.embedded(templates.size(), files.size());
                lastLog = now;
            }
        }
        return templates;
    }
}
