package dev.siamese.match;

import dev.siamese.ExperimentException;
import dev.siamese.data.IdentityPattern;
import dev.siamese.spec.FolderDatasetSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The scans a user points at: one image file, or the images (top level, by name) of a folder. */
public final class ImageFolder {
    /** What a folder's images may end in: those of a {@code folder} data set. */
    public static final List<String> EXTENSIONS = FolderDatasetSpec.DEFAULT_EXTENSIONS;

    private ImageFolder() {
    }

    /** The image files of {@code path}, sorted by name; an error naming it when there are none. */
    public static List<Path> images(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new ExperimentException(path + ": no such image or folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(path)) {
            files = s.filter(Files::isRegularFile).filter(ImageFolder::isImage)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new ExperimentException(path + ": cannot list folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ExperimentException(path + ": no images in this folder (extensions " + String.join(", ", EXTENSIONS) + ")");
        }
        return files;
    }

    /**
     * The identity (finger) {@code file}'s name gives by {@code pattern} ({@link IdentityPattern}); an error naming the
     * file when it gives none.
     */
    public static String identity(Path file, Pattern pattern) {
        String name = file.getFileName().toString();
        return IdentityPattern.identity(pattern, name).orElseThrow(() -> new ExperimentException(
                file + ": file name does not give an identity by the pattern \"" + pattern.pattern() + "\""));
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
