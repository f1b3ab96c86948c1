package dev.siamese.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A folder of real scans, or several.
 *
 * @param folders         the folders, resolved against the spec file's folder (or {@code siamese.realData}); with
 *                        more than one, each scan's identity and name are prefixed by its folder's name
 * @param identityPattern regex applied to the file name; its capturing groups, joined by "_", are the identity
 *                        (the whole match when it has none)
 * @param extensions      file extensions read (lower case, without dot)
 * @param resize          size every image is resized to, or null to keep sizes (then all must be equal unless
 *                        {@code dpi} is given)
 * @param dpi             the scans' resolution as given in the spec, or NaN when not given (then
 *                        {@value #DEFAULT_DPI}, the usual resolution of fingerprint sensors)
 */
public record FolderDatasetSpec(List<Path> folders, Pattern identityPattern, List<String> extensions, ImageSize resize,
                                double dpi) implements DatasetSpec {
    public static final String TYPE = "folder";
    public static final String DEFAULT_IDENTITY_PATTERN = "^(.)";
    public static final List<String> DEFAULT_EXTENSIONS = List.of("bmp", "png", "tif", "tiff");
    public static final double DEFAULT_DPI = 500;

    /** One folder without a declared resolution. */
    public FolderDatasetSpec(Path folder, Pattern identityPattern, List<String> extensions, ImageSize resize) {
        this(List.of(folder), identityPattern, extensions, resize, Double.NaN);
    }

    /** The first folder (the only one, mostly). */
    public Path folder() {
        return folders.get(0);
    }

    public FolderDatasetSpec {
        folders = List.copyOf(folders);
        extensions = List.copyOf(extensions);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("a folder data set needs a folder");
        }
    }

    /** One folder of scans at {@code dpi} (NaN: not declared). */
    public FolderDatasetSpec(Path folder, Pattern identityPattern, List<String> extensions, ImageSize resize,
                             double dpi) {
        this(List.of(folder), identityPattern, extensions, resize, dpi);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Equal when every field is, the pattern compared by its text (a {@link Pattern} compares by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof FolderDatasetSpec f && folders.equals(f.folders)
                && identityPattern.pattern().equals(f.identityPattern.pattern()) && extensions.equals(f.extensions)
                && Objects.equals(resize, f.resize) && Double.compare(dpi, f.dpi) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(folders, identityPattern.pattern(), extensions, resize, dpi);
    }

    /** Whether the spec gives the resolution: then the images may have any sizes. */
    public boolean declaresDpi() {
        return !Double.isNaN(dpi);
    }

    @Override
    public double resolution() {
        return declaresDpi() ? dpi : DEFAULT_DPI;
    }
}
