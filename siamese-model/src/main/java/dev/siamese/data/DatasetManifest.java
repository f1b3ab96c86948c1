package dev.siamese.data;

import java.util.List;

/**
 * {@code manifest.json}: what a prepared data set folder holds and what made it.
 *
 * @param fingerprint SHA-256 of everything that determines the folder's content (seed, dataset, split,
 *                    pairs sections and, for a folder of scans, the source files' bytes); equal
 *                    fingerprints mean there is nothing to regenerate
 * @param width       the width of every image, or 0 when their sizes differ (a folder with {@code dpi})
 * @param height      likewise
 */
public record DatasetManifest(int schemaVersion, String fingerprint, String type, int width, int height,
                              List<ManifestEntry> images) {
    public static final int SCHEMA_VERSION = 1;

    public DatasetManifest {
        images = List.copyOf(images);
    }
}
