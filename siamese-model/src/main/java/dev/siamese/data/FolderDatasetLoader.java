package dev.siamese.data;

import dev.siamese.spec.Confinement;
import dev.siamese.ExperimentException;
import dev.siamese.spec.FolderDatasetSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a folder of real scans (top level only), each file only where its real path lies within the spec's
 * {@link Confinement}: every file with one of the spec's extensions,
 * identity from its name by the spec's pattern, converted to grayscale and resized when asked. Without
 * {@code dpi} or {@code resize} all images must have one size. A file that cannot be read or named is an error
 * naming it, never a silent skip.
 */
public final class FolderDatasetLoader {
    private FolderDatasetLoader() {
    }

    /**
     * Images ordered as the seed orders them (each file's real path inside its folder): by identity, then by file name. Output names end in .png. With several
     * folders, identity and name are prefixed by the folder's name ({@code db1/101}, {@code db1_101_1.png}), so that
     * sets that number their fingers alike stay apart.
     */
    public static List<LabeledImage> load(FolderDatasetSpec spec) {
        return load(spec, new Confinement(spec.folders()));
    }

    /** As {@link #load(FolderDatasetSpec)}, every file's real path within {@code confinement}. */
    public static List<LabeledImage> load(FolderDatasetSpec spec, Confinement confinement) {
        boolean several = spec.folders().size() > 1;
        List<LabeledImage> out = new ArrayList<>();
        Map<String, Path> outputNames = new HashMap<>();
        int[] size = null;
        for (Path folder : spec.folders()) {
            String prefix = several ? folder.getFileName().toString() : "";
            for (Path file : files(folder, spec)) {
                confinement.require(file, "dataset.folder");
                String name = file.getFileName().toString();
                String identity = several ? prefix + "/" + identity(folder, name, spec) : identity(folder, name, spec);
                GrayImage image = ImageFiles.readGray(file);
                if (spec.resize() != null) {
                    image = Resampling.resize(image, spec.resize().width(), spec.resize().height());
                } else if (!spec.declaresDpi()) { // without a resolution all must share a size
                    if (size == null) {
                        size = new int[] {image.width(), image.height()};
                    } else if (image.width() != size[0] || image.height() != size[1]) {
                        throw new ExperimentException(file + ": is " + image.width() + "×" + image.height()
                                + " but earlier images are " + size[0] + "×" + size[1]
                                + "; give the scans' resolution in dataset.dpi (a network's model.input then rescales "
                                + "them), or set dataset.resize to bring all to one size");
                    }
                }
                String outName = (several ? prefix + "_" : "") + stripExtension(name) + ".png";
                Path clash = outputNames.put(outName, file);
                if (clash != null) {
                    throw new ExperimentException(file + ": has the same base name as " + clash
                            + "; rename one of them");
                }
                out.add(new LabeledImage(outName, identity, image));
            }
        }
        out.sort(Comparator.comparing(LabeledImage::identity).thenComparing(LabeledImage::file));
        return out;
    }

    /** The image files of one folder, by name; an error naming the folder when it is missing or holds none. */
    private static List<Path> files(Path folder, FolderDatasetSpec spec) {
        if (!Files.isDirectory(folder)) {
            throw new ExperimentException(folder + ": data set folder not found (dataset.folder)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).filter(p -> spec.extensions().contains(extension(p)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new ExperimentException(folder + ": cannot list data set folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ExperimentException(folder + ": no images with extension " + String.join(", ", spec.extensions()));
        }
        return files;
    }

    /** The identity of a file: the pattern's capturing groups joined by "_", or the whole match. */
    static String identity(Path folder, String fileName, FolderDatasetSpec spec) {
        if (!spec.identityPattern().matcher(fileName).find()) {
            throw new ExperimentException(folder.resolve(fileName) + ": file name does not match "
                    + "dataset.identityPattern \"" + spec.identityPattern().pattern() + "\"");
        }
        return IdentityPattern.identity(spec.identityPattern(), fileName).orElseThrow(() -> new ExperimentException(
                folder.resolve(fileName) + ": dataset.identityPattern \""
                + spec.identityPattern().pattern() + "\" captures an empty identity"));
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String n) {
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
